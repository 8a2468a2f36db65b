/**
 * Organisation names and opportunity titles as comparable words (PRODUCT.md "Identity"): case,
 * accents, punctuation, a leading "the" and legal-form suffixes do not make two names different,
 * so "The Ford Foundation, Inc." and "ford foundation" are equal. Words such as "Foundation" stay,
 * since "Ford" and "Ford Foundation" are different organisations.
 */

// Compared after dots are removed, so "e.V." is "ev" and "S.A." is "sa".
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ggmbh',
  'ag',
  'ev',
  'eg',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'as',
  'oy',
  'pty',
  'cic',
  'cio',
  'ngo',
]);

/** The words of a text: lower case, no accents or punctuation, "&" read as "and". */
export function wordsOf(text: unknown): string[] {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** An organisation name without a leading "the" or legal-form suffixes; "" when nothing is left. */
export function normaliseName(name: unknown): string {
  const words = wordsOf(name);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/** An opportunity title as comparable text: case, accents, punctuation and a leading "the" ignored. */
export function normaliseTitle(title: unknown): string {
  const words = wordsOf(title);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}
