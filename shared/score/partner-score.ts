/** Partner score, tier and score notes (PRODUCT.md "Partner score"). */
import { CRITERIA, type Criterion, type Settings } from '../settings/settings.ts';

export const TIERS = ['Strategic', 'Engage', 'Monitor', 'Deprioritize'] as const;
export type Tier = (typeof TIERS)[number];

export interface PartnerScore {
  /** 0–100, one decimal; undefined when no criterion is rated. */
  score: number | undefined;
  tier: Tier | undefined;
  notes: string;
}

/** A rating as a whole number 1–5, or undefined when blank or not a valid rating. */
export function readRating(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return readRating(Number(value));
}

/** Weighted mean of the rated criteria mapped from 1–5 onto 0–100; unrated criteria are left out. */
export function scorePartner(ratings: Partial<Record<Criterion, unknown>>, settings: Settings): PartnerScore {
  const rated: { criterion: Criterion; rating: number }[] = [];
  let totalWeight = 0;
  let weighted = 0;
  for (const criterion of CRITERIA) {
    const rating = readRating(ratings[criterion]);
    if (rating === undefined) continue;
    const weight = settings.weights[criterion];
    rated.push({ criterion, rating });
    totalWeight += weight;
    weighted += weight * (rating - 1) * 25;
  }
  if (rated.length === 0) return { score: undefined, tier: undefined, notes: 'No criteria rated yet.' };
  if (totalWeight <= 0)
    return { score: undefined, tier: undefined, notes: 'The rated criteria all have weight 0 in Settings.' };
  const score = Math.round((weighted / totalWeight) * 10) / 10;
  return { score, tier: tierFor(score, settings), notes: describeRatings(rated) };
}

/** Tier of a score by the Settings thresholds. */
export function tierFor(score: number, settings: Settings): Tier {
  if (score >= settings.tiers.strategic) return 'Strategic';
  if (score >= settings.tiers.engage) return 'Engage';
  if (score >= settings.tiers.monitor) return 'Monitor';
  return 'Deprioritize';
}

function describeRatings(rated: { criterion: Criterion; rating: number }[]): string {
  const ratings = rated.map((r) => r.rating);
  const high = Math.max(...ratings);
  const low = Math.min(...ratings);
  const named = (value: number) =>
    rated
      .filter((r) => r.rating === value)
      .map((r) => r.criterion)
      .join(', ');
  const unrated = CRITERIA.filter((c) => !rated.some((r) => r.criterion === c));
  const parts =
    high === low
      ? [`All rated criteria ${high}/5`]
      : [`Strongest: ${named(high)} (${high}/5)`, `weakest: ${named(low)} (${low}/5)`];
  if (unrated.length > 0) parts.push(`not rated: ${unrated.join(', ')}`);
  return `${parts.join('; ')}.`;
}
