/**
 * Finds the organisation a clip or a lookup names among rows (of the sheet and of clips saved
 * earlier in the same request), with the rule of organization-identity.ts: the same normalised
 * name first, then the same website with names that do not conflict, then a possible duplicate.
 */
import { normaliseName } from './name-words.ts';
import {
  compareOrganizations,
  identifyOrganization,
  type OrganizationKey,
  type OrganizationMatch,
  siteKey,
} from './organization-identity.ts';
import { hostOf, parseWebAddress } from './web-address.ts';

/**
 * Rows (0-based positions) by normalised name and by website key. The rows read from the sheet
 * are keyed lazily: the first few lookups scan them with a cheap necessary test (a row can only
 * have the wanted name if its text holds the name's longest word, the wanted website only if its
 * text holds the host) and key just the rows that pass, so one clip posted to a sheet of 10,000
 * rows does not normalise 10,000 names. Past SCAN_LIMIT lookups every row is keyed once.
 */
export interface OrganizationIndex {
  keys: Map<number, OrganizationKey>;
  byName: Map<string, number[]>;
  bySite: Map<string, number[]>;
  /** Rows at positions 0…length-1 not keyed yet (empty once keyed). */
  unkeyed: readonly OrganizationKey[];
  /** Rows added after indexing, in order, so keying the others later keeps positions sorted. */
  added: Array<[number, OrganizationKey]>;
  lookups: number;
}

/** A match and the row position it points at. */
export interface OrganizationFound extends OrganizationMatch {
  position: number;
}

// Scanning costs a fraction of keying a row: past this many lookups keying every row is cheaper.
const SCAN_LIMIT = 8;

/** Indexes rows; the position of a row is its index in `rows`. */
export function indexOrganizations(rows: readonly OrganizationKey[]): OrganizationIndex {
  return { keys: new Map(), byName: new Map(), bySite: new Map(), unkeyed: rows, added: [], lookups: 0 };
}

/** Keys every row now; lookups then use only the maps. Answers are the same either way. */
export function keyEveryRow(index: OrganizationIndex): void {
  if (index.unkeyed.length === 0) return;
  const rows = index.unkeyed;
  index.unkeyed = [];
  index.keys.clear();
  index.byName.clear();
  index.bySite.clear();
  rows.forEach((row, position) => {
    keyRow(index, position, row);
  });
  for (const [position, row] of index.added) keyRow(index, position, row);
}

/** Adds one row, e.g. one just appended. */
export function addOrganization(index: OrganizationIndex, position: number, key: OrganizationKey): void {
  if (position < index.unkeyed.length) keyEveryRow(index);
  if (index.unkeyed.length > 0) index.added.push([position, key]);
  keyRow(index, position, key);
}

function keyRow(index: OrganizationIndex, position: number, key: OrganizationKey): void {
  const address = parseWebAddress(key.website);
  push(index.byName, normaliseName(key.name), position);
  if (address) {
    index.keys.set(position, key);
    push(index.bySite, siteKey(address), position);
  }
}

/** The row the organisation is (or possibly duplicates), or undefined when it is new. */
export function findOrganization(
  index: OrganizationIndex,
  key: OrganizationKey,
  listedOn?: unknown,
): OrganizationFound | undefined {
  index.lookups += 1;
  if (index.lookups > SCAN_LIMIT) keyEveryRow(index);
  const wanted = identifyOrganization(key);
  const name = wanted.shape.name;
  // Unkeyed rows all come before the keyed ones, so the first scanned match is the first row.
  const named = name ? (firstNamed(index.unkeyed, name) ?? index.byName.get(name)?.[0]) : undefined;
  if (named !== undefined) return { position: named, reason: 'same name' };
  if (!wanted.address) return undefined;
  const site = siteKey(wanted.address);
  const listedOnHost = hostOf(listedOn);
  let possible: OrganizationFound | undefined;
  const candidates: Array<[number, OrganizationKey | undefined]> = [
    ...sameSite(index.unkeyed, wanted.address.host, site),
    ...(index.bySite.get(site) ?? []).map((p): [number, OrganizationKey | undefined] => [
      p,
      index.keys.get(p),
    ]),
  ];
  for (const [position, key] of candidates) {
    const match = key && compareOrganizations(wanted, identifyOrganization(key), listedOnHost);
    if (match && !match.possibleDuplicate) return { position, ...match };
    if (match) possible ??= { position, ...match };
  }
  return possible;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, controls included.
const ASCII = /^[\u0000-\u007f]*$/;

// The first unkeyed row whose normalised name is `name`. A plain-ASCII name's words are runs of
// its lower-cased text with dots and apostrophes removed ("&" becomes a separate "and"), and the
// normalised name only drops words, so a row lacking the longest wanted word cannot match.
// Other text (accents, ligatures, "ß") is always keyed.
function firstNamed(rows: readonly OrganizationKey[], name: string): number | undefined {
  if (rows.length === 0) return undefined;
  const word = longestWord(name);
  const pattern = word ? caseless(word) : undefined;
  for (let position = 0; position < rows.length; position += 1) {
    const raw = rows[position]?.name;
    if ((!pattern || mayHoldWord(raw, word, pattern)) && normaliseName(raw) === name) return position;
  }
  return undefined;
}

function longestWord(name: string): string {
  let longest = '';
  for (const word of name.split(' ')) if (word.length > longest.length) longest = word;
  // "and" may come from "&": no cheap test.
  return longest === 'and' ? '' : longest;
}

// Text beyond plain ASCII, or with the dots and apostrophes words lose.
const SPECIAL = /[\u0080-\uffff.']/;

// `pattern` finds `word` in any case without copying the text (most rows fail here); a
// plain-ASCII text without dots or apostrophes that lacks it cannot hold the word.
function mayHoldWord(raw: unknown, word: string, pattern: RegExp): boolean {
  const original = typeof raw === 'string' ? raw : String(raw ?? '');
  if (pattern.test(original)) return true;
  if (!SPECIAL.test(original)) return false;
  if (!ASCII.test(original)) return true;
  return original.toLowerCase().replace(/[.']/g, '').includes(word);
}

/** A pattern finding a text in any (ASCII) case. */
function caseless(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i');
}

// Unkeyed rows with the wanted site key. A parsed host is a piece of the lower-cased address
// (scheme, credentials, port and "www." cut off; a platform's subdomain cut to the platform);
// an address beyond plain ASCII is always parsed.
function sameSite(
  rows: readonly OrganizationKey[],
  host: string,
  site: string,
): Array<[number, OrganizationKey]> {
  const found: Array<[number, OrganizationKey]> = [];
  const pattern = caseless(host);
  rows.forEach((row, position) => {
    const website = row.website;
    const text = typeof website === 'string' ? website : String(website ?? '');
    if (!pattern.test(text) && ASCII.test(text)) return;
    const address = parseWebAddress(row.website);
    if (address && siteKey(address) === site) found.push([position, row]);
  });
  return found;
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}
