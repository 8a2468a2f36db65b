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
  // Operators only: this runs for every rating of every row.
  if (typeof value === 'number') return value >= 1 && value <= 5 && value % 1 === 0 ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return readRating(Number(value));
}

// Notes depend only on which rating each criterion has (at most 6^5 = 7,776 patterns), so a tab
// of tens of thousands of rows builds each sentence once.
const NOTES = new Map<number, string>();

/** Weighted mean of the rated criteria mapped from 1–5 onto 0–100; unrated criteria are left out. */
export function scorePartner(ratings: Partial<Record<Criterion, unknown>>, settings: Settings): PartnerScore {
  // Runs for every row of a tab of up to tens of thousands: one small array, no per-criterion objects.
  const read: (number | undefined)[] = [];
  let pattern = 0;
  let rated = 0;
  let totalWeight = 0;
  let weighted = 0;
  let high = 1;
  let low = 5;
  for (const criterion of CRITERIA) {
    const rating = readRating(ratings[criterion]);
    read.push(rating);
    pattern = pattern * 6 + (rating ?? 0);
    if (rating === undefined) continue;
    const weight = settings.weights[criterion];
    rated += 1;
    totalWeight += weight;
    weighted += weight * (rating - 1) * 25;
    if (rating > high) high = rating;
    if (rating < low) low = rating;
  }
  if (rated === 0) return { score: undefined, tier: undefined, notes: 'No criteria rated yet.' };
  if (totalWeight <= 0)
    return { score: undefined, tier: undefined, notes: 'The rated criteria all have weight 0 in Settings.' };
  const score = Math.round((weighted / totalWeight) * 10) / 10;
  let notes = NOTES.get(pattern);
  if (notes === undefined) {
    notes = describeRatings(read, high, low);
    NOTES.set(pattern, notes);
  }
  return { score, tier: tierFor(score, settings), notes };
}

/** Tier of a score by the Settings thresholds. */
export function tierFor(score: number, settings: Settings): Tier {
  if (score >= settings.tiers.strategic) return 'Strategic';
  if (score >= settings.tiers.engage) return 'Engage';
  if (score >= settings.tiers.monitor) return 'Monitor';
  return 'Deprioritize';
}

/** The strongest and weakest criteria (or that all are equal) and the unrated ones, in words. */
function describeRatings(ratings: readonly (number | undefined)[], high: number, low: number): string {
  const strongest: string[] = [];
  const weakest: string[] = [];
  const unrated: string[] = [];
  CRITERIA.forEach((criterion, index) => {
    const rating = ratings[index];
    if (rating === undefined) unrated.push(criterion);
    else if (rating === high) strongest.push(criterion);
    else if (rating === low) weakest.push(criterion);
  });
  const parts =
    high === low
      ? [`All rated criteria ${high}/5`]
      : [`Strongest: ${strongest.join(', ')} (${high}/5)`, `weakest: ${weakest.join(', ')} (${low}/5)`];
  if (unrated.length > 0) parts.push(`not rated: ${unrated.join(', ')}`);
  return `${parts.join('; ')}.`;
}
