/**
 * Whether two names on the same website are two different organisations (PRODUCT.md "Identity"):
 * they conflict when both are present, neither is the other's acronym or a part of it, and they
 * share fewer than half their distinctive words. "ARDC" and "Amateur Radio Digital
 * Communications" do not conflict; "Riverbend Food Shelf" and "Cedar Prairie Community
 * Foundation" do.
 */
import { normaliseName } from './name-words.ts';

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'de',
  'del',
  'der',
  'des',
  'di',
  'die',
  'du',
  'e',
  'et',
  'for',
  'fur',
  'in',
  'la',
  'le',
  'of',
  'on',
  'the',
  'to',
  'und',
  'y',
]);

// Words many unrelated organisations and calls share: two names sharing only these are not alike.
const GENERIC_WORDS = new Set([
  'agency',
  'alliance',
  'association',
  'award',
  'awards',
  'board',
  'center',
  'centre',
  'charitable',
  'charity',
  'club',
  'coalition',
  'committee',
  'community',
  'council',
  'department',
  'federation',
  'fellowship',
  'fondation',
  'fondazione',
  'foundation',
  'fund',
  'fundacao',
  'fundacion',
  'funding',
  'grant',
  'grants',
  'group',
  'initiative',
  'institute',
  'international',
  'ministry',
  'national',
  'network',
  'office',
  'organisation',
  'organization',
  'partnership',
  'program',
  'programme',
  'project',
  'scholarship',
  'society',
  'stichting',
  'stiftung',
  'trust',
  'union',
  'verein',
]);

/** What a name offers for comparison: its words, distinctive words and acronyms. */
export interface NameShape {
  /** Normalised name ("" when none). */
  name: string;
  /** Words that tell names apart (no stop words; no generic words unless only those are left). */
  words: string[];
  /** Initials of all words and of the words that are not stop words ("bmgf" for Bill & Melinda Gates Foundation). */
  acronyms: string[];
}

/** The comparable shape of a name. */
export function shapeName(name: unknown): NameShape {
  const normalised = normaliseName(name);
  const all = normalised ? normalised.split(' ') : [];
  const content = all.filter((word) => !STOP_WORDS.has(word));
  const distinctive = content.filter((word) => !GENERIC_WORDS.has(word));
  const acronyms =
    all.length < 2 ? [] : [...new Set([initials(all), initials(content)])].filter((a) => a.length >= 2);
  return { name: normalised, words: distinctive.length > 0 ? distinctive : content, acronyms };
}

/** True when two present names clearly name different organisations (or opportunities). */
export function namesConflict(a: NameShape, b: NameShape): boolean {
  if (!a.name || !b.name || a.name === b.name) return false;
  const left = expandAcronyms(a, b);
  const right = expandAcronyms(b, a);
  if (left.length === 0 || right.length === 0) return false;
  const rightSet = new Set(right);
  const shared = new Set(left.filter((word) => rightSet.has(word))).size;
  // One name is a part of the other ("Acme" and "Acme Water Trust").
  if (shared === new Set(left).size || shared === rightSet.size) return false;
  return shared * 2 < Math.max(new Set(left).size, rightSet.size);
}

/**
 * True when two titles found at one link name different calls: they conflict, or each has a
 * word the other lacks ("Innovation Fund 2025" and "Innovation Fund 2026", "Spring Round" and
 * "Autumn Round" on one listing page). A title that only adds words ("Water Grant 2026" for
 * "Water Grant") is the same call.
 */
export function titlesDiffer(a: NameShape, b: NameShape): boolean {
  if (!a.name || !b.name || a.name === b.name) return false;
  if (namesConflict(a, b)) return true;
  const left = new Set(expandAcronyms(a, b));
  const right = new Set(expandAcronyms(b, a));
  return [...left].some((word) => !right.has(word)) && [...right].some((word) => !left.has(word));
}

/** True when two texts clearly name different things (see namesConflict). */
export function textsConflict(a: unknown, b: unknown): boolean {
  return namesConflict(shapeName(a), shapeName(b));
}

// A word of one name that is (a part of) the other's acronym stands for the other's words.
function expandAcronyms(shape: NameShape, other: NameShape): string[] {
  return shape.words.flatMap((word) =>
    /^\p{L}{2,}$/u.test(word) && other.acronyms.some((acronym) => isPartOfAcronym(word, acronym))
      ? other.words
      : [word],
  );
}

function isPartOfAcronym(word: string, acronym: string): boolean {
  return word === acronym || (word.length >= 3 && acronym.includes(word));
}

function initials(words: readonly string[]): string {
  return words.map((word) => word[0] ?? '').join('');
}
