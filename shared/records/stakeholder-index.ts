/** Finds a stakeholder already in the sheet by clip id, website domain or normalised name. */
import { websiteDomain } from './domain.ts';
import { normaliseName } from './name.ts';

export interface StakeholderKey {
  id?: unknown;
  name?: unknown;
  website?: unknown;
}

/** Row positions (0-based data rows) by ID, domain and normalised name; the first row wins. */
export interface StakeholderIndex {
  byId: Map<string, number>;
  byDomain: Map<string, number>;
  byName: Map<string, number>;
}

/** Indexes the rows of the Stakeholders tab. */
export function indexStakeholders(rows: readonly StakeholderKey[]): StakeholderIndex {
  const index: StakeholderIndex = { byId: new Map(), byDomain: new Map(), byName: new Map() };
  rows.forEach((row, position) => {
    addStakeholder(index, position, row);
  });
  return index;
}

/** Adds one row (e.g. one just appended) to the index. */
export function addStakeholder(index: StakeholderIndex, position: number, key: StakeholderKey): void {
  const id = String(key.id ?? '').trim();
  const domain = websiteDomain(key.website);
  const name = normaliseName(key.name);
  if (id && !index.byId.has(id)) index.byId.set(id, position);
  if (domain && !index.byDomain.has(domain)) index.byDomain.set(domain, position);
  if (name && !index.byName.has(name)) index.byName.set(name, position);
}

/** The row of the same website domain, else of the same normalised name. */
export function findStakeholder(index: StakeholderIndex, key: StakeholderKey): number | undefined {
  const domain = websiteDomain(key.website);
  const byDomain = domain === undefined ? undefined : index.byDomain.get(domain);
  if (byDomain !== undefined) return byDomain;
  const name = normaliseName(key.name);
  return name ? index.byName.get(name) : undefined;
}
