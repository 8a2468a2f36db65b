/**
 * Finds the organisation a clip or a lookup names among rows (of the sheet and of clips saved
 * earlier in the same request), with the rule of organization-identity.ts: the same normalised
 * name first, then the same website with names that do not conflict, then a possible duplicate.
 */
import {
  compareOrganizations,
  identifyOrganization,
  type OrganizationIdentity,
  type OrganizationKey,
  type OrganizationMatch,
  siteKey,
} from './organization-identity.ts';
import { hostOf } from './web-address.ts';

/** Rows (0-based positions) by normalised name and by website key. */
export interface OrganizationIndex {
  identities: Map<number, OrganizationIdentity>;
  byName: Map<string, number[]>;
  bySite: Map<string, number[]>;
}

/** A match and the row position it points at. */
export interface OrganizationFound extends OrganizationMatch {
  position: number;
}

/** Indexes rows; the position of a row is its index in `rows`. */
export function indexOrganizations(rows: readonly OrganizationKey[]): OrganizationIndex {
  const index: OrganizationIndex = { identities: new Map(), byName: new Map(), bySite: new Map() };
  rows.forEach((row, position) => {
    addOrganization(index, position, row);
  });
  return index;
}

/** Adds one row, e.g. one just appended. */
export function addOrganization(index: OrganizationIndex, position: number, key: OrganizationKey): void {
  const identity = identifyOrganization(key);
  index.identities.set(position, identity);
  push(index.byName, identity.shape.name, position);
  if (identity.address) push(index.bySite, siteKey(identity.address), position);
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
    const identity = index.identities.get(position);
    const match = identity && compareOrganizations(wanted, identity, listedOnHost);
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
