/**
 * Finds the opportunity a clip or a lookup names among Funding rows (of the sheet and of clips
 * saved earlier in the same request): the same link with titles that do not conflict, else the
 * same title and funder, else a possible duplicate (same link, different title).
 */
import {
  compareOpportunities,
  identifyOpportunity,
  type OpportunityKey,
  type OpportunityMatch,
  opportunityLookupKeys,
} from './opportunity-identity.ts';

/**
 * Rows (0-based positions) by normalised link and by title and funder; a row's title is shaped
 * only when it is a candidate, so one clip does not shape every title of a long Funding tab.
 */
export interface OpportunityIndex {
  keys: Map<number, OpportunityKey>;
  byLink: Map<string, number[]>;
  byTitleAndFunder: Map<string, number[]>;
}

/** A match and the row position it points at. */
export interface OpportunityFound extends OpportunityMatch {
  position: number;
}

/** Indexes rows; the position of a row is its index in `rows`. */
export function indexOpportunities(rows: readonly OpportunityKey[]): OpportunityIndex {
  const index: OpportunityIndex = { keys: new Map(), byLink: new Map(), byTitleAndFunder: new Map() };
  rows.forEach((row, position) => {
    addOpportunity(index, position, row);
  });
  return index;
}

/** Adds one row, e.g. one just appended. */
export function addOpportunity(index: OpportunityIndex, position: number, key: OpportunityKey): void {
  const found = opportunityLookupKeys(key);
  if (!found.link && !found.titleAndFunder) return;
  index.keys.set(position, key);
  push(index.byLink, found.link, position);
  push(index.byTitleAndFunder, found.titleAndFunder, position);
}

/** The row the opportunity is (or possibly duplicates), or undefined when it is new. */
export function findOpportunity(index: OpportunityIndex, key: OpportunityKey): OpportunityFound | undefined {
  const wanted = identifyOpportunity(key);
  const candidates = [
    ...(index.byLink.get(wanted.link) ?? []),
    ...(index.byTitleAndFunder.get(wanted.titleAndFunder) ?? []),
  ];
  let best: OpportunityFound | undefined;
  for (const position of candidates) {
    const row = index.keys.get(position);
    const match = row && compareOpportunities(wanted, identifyOpportunity(row));
    if (!match) continue;
    const found = { position, ...match };
    if (!best || rank(found) < rank(best) || (rank(found) === rank(best) && position < best.position))
      best = found;
  }
  return best;
}

function rank(match: OpportunityMatch): number {
  if (match.possibleDuplicate) return 2;
  return match.reason === 'same link' ? 0 : 1;
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}
