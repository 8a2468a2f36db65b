/** The mix of stakeholder types and the over-concentration flag (PRODUCT.md "Quadrant"). */
import { ORGANIZATION_TYPES } from '../model.ts';

export const UNSPECIFIED = 'unspecified';

export interface TypeShare {
  type: string;
  count: number;
  share: number;
  overConcentrated: boolean;
}

export interface StakeholderKind {
  type: unknown;
  status: unknown;
}

/**
 * Counts active stakeholders (every status but `exited`) by type. A type is flagged when its share
 * is over the threshold; "unspecified" is counted but never flagged. All known types are listed.
 */
export function typeMix(stakeholders: readonly StakeholderKind[], threshold: number): TypeShare[] {
  const counts = new Map<string, number>(ORGANIZATION_TYPES.map((type) => [type, 0]));
  let active = 0;
  for (const stakeholder of stakeholders) {
    if (normalise(stakeholder.status) === 'exited') continue;
    const type = normalise(stakeholder.type) || UNSPECIFIED;
    counts.set(type, (counts.get(type) ?? 0) + 1);
    active += 1;
  }
  return [...counts].map(([type, count]) => {
    const share = active === 0 ? 0 : count / active;
    return { type, count, share, overConcentrated: type !== UNSPECIFIED && share > threshold };
  });
}

function normalise(value: unknown): string {
  return String(value ?? '')
    .trim()
    .toLowerCase();
}
