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
 * Rows (0-based positions) by normalised name and by website key. A row's full identity (name
 * words and acronyms) is worked out only when it shares a website with what is looked for: a
 * post of one clip to a sheet of 10,000 rows must not shape 10,000 names.
 */
export interface OrganizationIndex {
  keys: Map<number, OrganizationKey>;
  byName: Map<string, number[]>;
  bySite: Map<string, number[]>;
}

/** A match and the row position it points at. */
export interface OrganizationFound extends OrganizationMatch {
  position: number;
}

/** Indexes rows; the position of a row is its index in `rows`. */
export function indexOrganizations(rows: readonly OrganizationKey[]): OrganizationIndex {
  const index: OrganizationIndex = { keys: new Map(), byName: new Map(), bySite: new Map() };
  rows.forEach((row, position) => {
    addOrganization(index, position, row);
  });
  return index;
}

/** Adds one row, e.g. one just appended. */
export function addOrganization(index: OrganizationIndex, position: number, key: OrganizationKey): void {
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
  const wanted = identifyOrganization(key);
  const named = wanted.shape.name ? index.byName.get(wanted.shape.name)?.[0] : undefined;
  if (named !== undefined) return { position: named, reason: 'same name' };
  if (!wanted.address) return undefined;
  const listedOnHost = hostOf(listedOn);
  let possible: OrganizationFound | undefined;
  for (const position of index.bySite.get(siteKey(wanted.address)) ?? []) {
    const key = index.keys.get(position);
    const match = key && compareOrganizations(wanted, identifyOrganization(key), listedOnHost);
    if (match && !match.possibleDuplicate) return { position, ...match };
    if (match) possible ??= { position, ...match };
  }
  return possible;
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}
