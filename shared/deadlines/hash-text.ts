/**
 * A short, stable, non-cryptographic hash of text (two 32-bit FNV-1a passes, 16 hex digits), for
 * UIDs of rows without an ID. Pure: no crypto module, so it runs in Apps Script and the page alike.
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code ^ (a >>> 13), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
