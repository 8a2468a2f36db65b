/** RFC 5545 text rules: escaping TEXT values (3.3.11) and folding content lines at 75 octets (3.1). */

// TEXT may hold tab but no other control character (RFC 5545 3.1 CONTROL, 3.3.11).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters RFC 5545 forbids.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma, and any line break as \n; other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

const MAX_OCTETS = 75;

/**
 * Folds one content line into lines of at most 75 octets of UTF-8 (CRLF not counted), each
 * continuation starting with one space; a character is never split. Counts bytes by hand
 * because Apps Script has no TextEncoder.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = MAX_OCTETS;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      // The leading space of a continuation line counts toward its 75 octets.
      limit = MAX_OCTETS - 1;
    }
    octets += size;
    if (pair) i++;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
