import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../shared/deadlines/ics-text.ts';

describe('escapeText', () => {
  it.each([
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['one\r\ntwo\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['bell\u0007 and\ttab', 'bell and\ttab'],
    ['"quotes" and : colons', '"quotes" and : colons'],
  ])('should escape %j as %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});

describe('foldLine', () => {
  it('should leave a line of exactly 75 octets alone and fold the 76th onto a line starting with a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('should never cut a multi-byte character, counting UTF-8 octets', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(30)}`;
    const parts = foldLine(line).split('\r\n');
    for (const [index, part] of parts.entries()) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      expect(Buffer.from(part).toString()).toBe(part);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});
