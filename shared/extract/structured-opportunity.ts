import type { AwardAmounts } from './money-selection.ts';
import { firstValue, propObject, propText, type SchemaNode } from './structured-data.ts';
import type { Field } from './types.ts';

/** Amounts stated in a schema.org Grant/MonetaryGrant (amount as MonetaryAmount or number). */
export function structuredAmounts(grant: SchemaNode | undefined): AwardAmounts | undefined {
  if (!grant) return undefined;
  const amount = propObject(grant, 'amount') ?? propObject(grant, 'funding');
  const raw = grant.props.amount;
  const source = grant.source;
  if (!amount && typeof raw !== 'number' && typeof raw !== 'string') return undefined;
  const number = (value: unknown): Field<number> => {
    const v = firstValue(value);
    const n =
      typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[^\d.]/g, '')) : Number.NaN;
    return Number.isFinite(n) && n > 0 ? { value: n, source, confidence: 0.9 } : null;
  };
  const exact = number(amount ? amount.value : raw);
  const min = number(amount?.minValue) ?? exact;
  const max = number(amount?.maxValue) ?? exact;
  const code = amount ? propText(amount, 'currency') : undefined;
  return {
    amountMin: min,
    amountMax: max,
    currency: code ? { value: code.toUpperCase(), source, confidence: 0.9 } : null,
  };
}

/** The funder's name stated by a Grant (funder, sponsor or provider). */
export function structuredFunder(grant: SchemaNode | undefined): string | undefined {
  if (!grant) return undefined;
  return propText(grant, 'funder') ?? propText(grant, 'sponsor') ?? propText(grant, 'provider');
}

/** The deadline a structured opportunity states, as YYYY-MM-DD. */
export function structuredDeadline(grant: SchemaNode | undefined): string | undefined {
  if (!grant) return undefined;
  const raw =
    propText(grant, 'applicationDeadline') ?? propText(grant, 'validThrough') ?? propText(grant, 'endDate');
  const m = raw?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
