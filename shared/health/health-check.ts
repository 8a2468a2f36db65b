/** The partnership health check (PRODUCT.md "Partnership health"): means, bands, disagreement. */
import { HEALTH_FACTORS, type HealthFactor } from '../workbook-schema.ts';

export type HealthBand = 'strength' | 'borderline' | 'needs attention';

/** One Feedback row: the partner it speaks for and its ratings by factor. */
export interface FeedbackInput {
  partner: unknown;
  ratings: Partial<Record<HealthFactor, unknown>>;
}

export interface FactorHealth {
  factor: HealthFactor;
  /** Mean of the whole-number 1–5 ratings; undefined when nobody rated it. */
  mean: number | undefined;
  band: HealthBand | undefined;
  answers: number;
  /** True when two partners' own means for the factor differ by 2 or more. */
  disagree: boolean;
}

export interface PartnerHealth {
  partner: string;
  /** Mean over all the factors of all the partner's answers. */
  mean: number | undefined;
  answers: number;
}

export interface HealthSummary {
  factors: FactorHealth[];
  partners: PartnerHealth[];
  answers: number;
}

/** Partners' means this far apart mean they see the partnership differently. */
export const DISAGREEMENT = 2;

/** A rating cell as a whole number 1–5, or undefined (blank, 6, 2.5, "good"). */
export function readRating(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= 5
    ? number
    : undefined;
}

/** The band of a mean: ≥ 4 strength, ≥ 3 borderline, else needs attention. */
export function healthBand(mean: number): HealthBand {
  if (mean >= 4) return 'strength';
  return mean >= 3 ? 'borderline' : 'needs attention';
}

/** Per factor and per partner summaries of the Feedback rows. */
export function summariseHealth(rows: readonly FeedbackInput[]): HealthSummary {
  const answered = rows.filter((row) => HEALTH_FACTORS.some((f) => readRating(row.ratings[f]) !== undefined));
  const partnerOf = (row: FeedbackInput) => String(row.partner ?? '').trim() || '(no partner)';
  const groups = new Map<string, { name: string; rows: FeedbackInput[] }>();
  for (const row of answered) {
    const key = partnerOf(row).toLowerCase();
    const group = groups.get(key) ?? { name: partnerOf(row), rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const factors = HEALTH_FACTORS.map((factor): FactorHealth => {
    const ratings = ratingsOf(answered, [factor]);
    const mean = meanOf(ratings);
    const partnerMeans = [...groups.values()]
      .map((g) => meanOf(ratingsOf(g.rows, [factor])))
      .filter((m) => m !== undefined);
    const spread = partnerMeans.length > 1 ? Math.max(...partnerMeans) - Math.min(...partnerMeans) : 0;
    return {
      factor,
      mean,
      band: mean === undefined ? undefined : healthBand(mean),
      answers: ratings.length,
      disagree: spread >= DISAGREEMENT - 1e-9,
    };
  });
  const partners = [...groups.values()]
    .map((g) => ({
      partner: g.name,
      mean: meanOf(ratingsOf(g.rows, HEALTH_FACTORS)),
      answers: g.rows.length,
    }))
    .sort((a, b) => a.partner.localeCompare(b.partner));
  return { factors, partners, answers: answered.length };
}

function ratingsOf(rows: readonly FeedbackInput[], factors: readonly HealthFactor[]): number[] {
  return rows.flatMap((row) => factors.map((f) => readRating(row.ratings[f])).filter((r) => r !== undefined));
}

function meanOf(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => a + b, 0) / values.length;
}
