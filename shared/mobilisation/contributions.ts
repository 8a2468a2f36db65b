/** What partners bring, valued in the base currency (PRODUCT.md "Contributions and mobilisation"). */
import { toBaseCurrency } from '../score/funding.ts';
import { type Settings, toNumber } from '../settings/settings.ts';
import { CONTRIBUTION_TYPES } from '../workbook-schema.ts';

/** The cells of one Contributions row the totals depend on. */
export interface ContributionInput {
  partner: unknown;
  type: unknown;
  value: unknown;
  currency: unknown;
  hours: unknown;
}

export interface ContributionTotal {
  /** A partner's name or a contribution type. */
  label: string;
  items: number;
  hours: number;
  /** Value in the base currency. */
  value: number;
}

export interface ContributionTotals {
  byType: ContributionTotal[];
  byPartner: ContributionTotal[];
  total: number;
  /** Rows whose value could not be reckoned (no value, no hours, or no exchange rate). */
  unvalued: number;
}

const UNNAMED = '(no partner)';
const OTHER = 'other';

/**
 * One contribution's value in the base currency: volunteer time is Hours × the Settings' volunteer
 * hour value (its Value when Hours is blank); everything else is its Value converted.
 */
export function contributionValue(input: ContributionInput, settings: Settings): number | undefined {
  const hours = toNumber(input.hours);
  if (readContributionType(input.type) === 'volunteer time' && hours !== undefined)
    return roundCents(hours * settings.volunteerHourValue);
  const value = toNumber(input.value);
  if (value === undefined) return undefined;
  const converted = toBaseCurrency(value, input.currency, settings);
  return converted === undefined ? undefined : roundCents(converted);
}

/** Totals by type (every known type listed) and by partner (largest first). */
export function contributionTotals(
  rows: readonly ContributionInput[],
  settings: Settings,
): ContributionTotals {
  const byType = new Map<string, ContributionTotal>(
    [...CONTRIBUTION_TYPES, OTHER].map((type) => [type, { label: type, items: 0, hours: 0, value: 0 }]),
  );
  const byPartner = new Map<string, ContributionTotal>();
  let unvalued = 0;
  for (const row of rows) {
    const value = contributionValue(row, settings);
    if (value === undefined) unvalued += 1;
    const partner = String(row.partner ?? '').trim() || UNNAMED;
    const key = partner.toLowerCase();
    if (!byPartner.has(key)) byPartner.set(key, { label: partner, items: 0, hours: 0, value: 0 });
    for (const total of [byType.get(readContributionType(row.type) ?? OTHER), byPartner.get(key)]) {
      if (!total) continue;
      total.items += 1;
      total.hours += toNumber(row.hours) ?? 0;
      total.value = roundCents(total.value + (value ?? 0));
    }
  }
  const partners = [...byPartner.values()].sort(
    (a, b) => b.value - a.value || a.label.localeCompare(b.label),
  );
  const types = [...byType.values()].filter((t) => t.label !== OTHER || t.items > 0);
  return { byType: types, byPartner: partners, total: roundCents(sum(types)), unvalued };
}

/** A Type cell as one of the contribution types. */
export function readContributionType(value: unknown): string | undefined {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  return CONTRIBUTION_TYPES.find((type) => type === text);
}

function sum(totals: readonly ContributionTotal[]): number {
  return totals.reduce((total, t) => total + t.value, 0);
}

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
