/** Collapses whitespace and trims. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Lower-cases, strips accents and punctuation, for comparing names. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
}

/** Splits text into sentences, keeping each under `max` characters. */
export function splitSentences(text: string, max = 600): string[] {
  const parts = text.split(/(?<=[.!?;])\s+(?=[^a-z])/);
  const out: string[] = [];
  for (const part of parts) {
    for (let i = 0; i < part.length; i += max) out.push(part.slice(i, i + max));
  }
  return out;
}

/** Cuts text to `max` characters at a word boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
