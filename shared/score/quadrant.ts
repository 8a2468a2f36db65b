/** Power/interest quadrant of a stakeholder (PRODUCT.md "Quadrant"). */
import type { Settings } from '../settings/settings.ts';
import { readRating } from './partner-score.ts';

export const QUADRANTS = ['Manage closely', 'Keep satisfied', 'Keep informed', 'Monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Quadrant from Influence × Interest; undefined when either is unrated. */
export function quadrantFor(influence: unknown, interest: unknown, settings: Settings): Quadrant | undefined {
  const power = readRating(influence);
  const concern = readRating(interest);
  if (power === undefined || concern === undefined) return undefined;
  const highPower = power >= settings.quadrantHigh;
  const highInterest = concern >= settings.quadrantHigh;
  if (highPower) return highInterest ? 'Manage closely' : 'Keep satisfied';
  return highInterest ? 'Keep informed' : 'Monitor';
}
