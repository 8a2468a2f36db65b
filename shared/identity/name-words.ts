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
  // Other languages: Belgian and Italian non-profits, Latin American, Spanish, Indian, Japanese,
  // Finnish, South African and European forms.
  'asbl',
  'vzw',
  'onlus',
  'ltda',
  'sl',
  'pvt',
  'kk',
  'ry',
  'npc',
  'se',
  'ug',
  'gug',
  'mbh',
  'kgaa',
  'tbk',
]);

// Legal forms written before the name: Russian (ООО «Ромашка», АНО, НКО …) and Indonesian (PT, CV).
const LEGAL_PREFIXES = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'ано', 'нко', 'pt']);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, controls included.
const ASCII = /^[\u0000-\u007f]*$/;

/** The words of a text: lower case, no accents or punctuation, "&" read as "and". */
export function wordsOf(text: unknown): string[] {
  const raw = String(text ?? '');
  // Most names are plain ASCII: no accents to take apart (NFKD is the slow step) and no letters
  // beyond a-z, so one split does what the Unicode classes do.
  if (ASCII.test(raw))
    return raw
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[.']/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  return raw
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

/**
 * An organisation name without a leading "the" or legal form ("ООО", "PT"), legal-form suffixes (also spaced, "e. V.", "S. A.",
 * "A/S", "GmbH & Co. KG") or a trailing bracketed acronym of the name itself ("… (NCDXF)"); ""
 * when nothing is left.
 */
export function normaliseName(name: unknown): string {
  const words = wordsOf(withoutOwnAcronym(String(name ?? '')));
  if (words[0] === 'the' && words.length > 1) words.shift();
  if (LEGAL_PREFIXES.has(words[0] as string) && words.length > 1) words.shift();
  joinSpacedSuffix(words);
  while (words.length > 1) {
    const last = words[words.length - 1] as string;
    const before = words[words.length - 2] as string;
    // "GmbH & Co. KG": the "and" between two legal forms belongs to them.
    if (LEGAL_SUFFIXES.has(last) || (last === 'and' && words.length > 2 && LEGAL_SUFFIXES.has(before)))
      words.pop();
    else break;
  }
  return words.join(' ');
}

// "e. V." and "A/S" read as single letters: a trailing run of them that spells a legal form is one word.
function joinSpacedSuffix(words: string[]): void {
  let start = words.length;
  while (start > 1 && (words[start - 1] as string).length === 1) start -= 1;
  if (words.length - start < 2 || start === 0) return;
  const joined = words.slice(start).join('');
  if (LEGAL_SUFFIXES.has(joined)) words.splice(start, words.length - start, joined);
}

// "Northern California DX Foundation (NCDXF)": the bracket repeats the name as its initials.
function withoutOwnAcronym(name: string): string {
  const found = /^(.*\S)\s*\(([^()]+)\)\s*$/u.exec(name);
  if (!found) return name;
  const [, before = '', inside = ''] = found;
  const acronym = wordsOf(inside).join('');
  const words = wordsOf(before);
  if (acronym.length < 2 || acronym.length > 12 || words.length < 2 || words.length > 12) return name;
  return spells(acronym, words) ? before : name;
}

// True when the words, in order, spell the acronym: each gives its first letter or, when short
// ("DX"), itself, and a small word such as "of" may give nothing.
function spells(acronym: string, words: readonly string[]): boolean {
  if (words.length === 0) return acronym === '';
  const [word = '', ...rest] = words;
  if (ACRONYM_SKIPPED.has(word) && spells(acronym, rest)) return true;
  if (acronym.startsWith(word[0] ?? ' ') && spells(acronym.slice(1), rest)) return true;
  return (
    word.length > 1 &&
    word.length <= 3 &&
    acronym.startsWith(word) &&
    spells(acronym.slice(word.length), rest)
  );
}

// Small words an acronym usually leaves out ("Society of Amateur Radio Astronomers" is SARA).
const ACRONYM_SKIPPED = new Set([
  'a',
  'an',
  'and',
  'at',
  'de',
  'der',
  'des',
  'for',
  'fur',
  'in',
  'of',
  'on',
  'the',
  'to',
  'und',
]);

/** An opportunity title as comparable text: case, accents, punctuation and a leading "the" ignored. */
export function normaliseTitle(title: unknown): string {
  const words = wordsOf(title);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}
