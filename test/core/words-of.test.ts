import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../shared/identity/name-words.ts';

// A trailing no-break space is a separator that sends a name down the Unicode path, so the two
// paths must give the same words for any plain-ASCII name.
const ASCII_NAMES = [
  'The Ford Foundation, Inc.',
  'Bill & Melinda Gates Foundation',
  "St. Mary's Community Center",
  'e.V. Kinderhilfe',
  'ACME-Water_Trust (AWT) 2026',
  '  spaced   out\tname\r\n',
  "O'Neil & Sons, Ltd.",
  '3M Foundation #1 @ home: 50% off/on?',
  '',
];

describe('wordsOf', () => {
  it.each(ASCII_NAMES)('should give the same words for %j on the ASCII and the Unicode path', (name) => {
    expect(wordsOf(name)).toEqual(wordsOf(`${name}\u00a0`));
  });

  it('should take accents and ß apart on the Unicode path', () => {
    expect(wordsOf('Fundación Straße')).toEqual(['fundacion', 'strasse']);
  });
});
