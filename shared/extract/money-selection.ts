import type { MoneyMention } from './amounts.ts';
import { countryCode } from './country.ts';
import type { ExtractedField, Field } from './types.ts';
import type { TextBlock } from './visible-text.ts';

/** The per-award amount range and currency an opportunity page states. */
export interface AwardAmounts {
  amountMin: Field<number>;
  amountMax: Field<number>;
  currency: Field<string>;
}

/** The dollar of each country that writes its own currency as a bare "$" (keyed by ISO 3166-1 code). */
const DOLLAR_COUNTRIES: Record<string, string> = {
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
};

/** Picks the amounts of the first section that states award amounts, ignoring prices, totals and budgets. */
export function selectAwardAmounts(
  mentions: MoneyMention[],
  blocks: TextBlock[],
  country: string | null,
): AwardAmounts {
  const award = mentions.filter((m) => m.score > 0);
  const first = award[0];
  if (!first) return { amountMin: null, amountMax: null, currency: null };
  const section = blocks[first.block]?.section;
  const group = award.filter((m) => blocks[m.block]?.section === section && sameCurrency(m, first));
  const ceilings = group.filter((m) => m.role === 'max' || m.role === 'range-max').map((m) => m.value);
  const floors = group.filter((m) => m.role === 'min' || m.role === 'range-min').map((m) => m.value);
  const exact = group.filter((m) => m.role === 'exact').map((m) => m.value);
  let min: number | null = null;
  let max: number | null = null;
  if (floors.length > 0 || exact.length > 0) min = Math.min(...floors, ...exact);
  if (ceilings.length > 0 || exact.length > 0) max = Math.max(...ceilings, ...exact);
  if (ceilings.length > 0 && floors.length === 0 && exact.length === 0) min = null;
  const confidence = Math.min(0.85, 0.45 + first.score / 10);
  const code = countryCode(country);
  const currency = first.dollar && country ? (DOLLAR_COUNTRIES[code ?? ''] ?? 'USD') : first.currency;
  return {
    amountMin: field(min, confidence),
    amountMax: field(max, confidence),
    currency: currency ? { value: currency, source: 'text', confidence } : null,
  };
}

function sameCurrency(a: MoneyMention, b: MoneyMention): boolean {
  return a.currency === null || b.currency === null || a.currency === b.currency;
}

function field(value: number | null, confidence: number): ExtractedField<number> | null {
  return value === null ? null : { value, source: 'text', confidence };
}
