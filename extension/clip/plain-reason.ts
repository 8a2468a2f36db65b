/** A reason from the sheet, as a sentence: without the field path validation puts first. */
export function plainReason(reason: string): string {
  const sentence = reason.replace(/^[a-z][\w.]*: /i, '').trim();
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
