/**
 * Normalised organisation names for spotting duplicates: "The Ford Foundation, Inc." and
 * "ford foundation" match. Only legal-form suffixes are dropped; words such as "Foundation" or
 * "Trust" stay, since "Ford" and "Ford Foundation" are different organisations.
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

/** Lower case, no accents, punctuation or legal-form suffix; "" when nothing is left. */
export function normaliseName(name: unknown): string {
  const words = String(name ?? '')
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
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}
