/**
 * Fields worth having that the page did not yield (PRODUCT.md issue 9): a rushed person should see
 * that a funding row would go in without a deadline. A hint only; it never blocks saving.
 */
import type { Draft, DraftField } from './draft.ts';

export type MissingField = 'website' | 'emails' | 'amount' | 'currency' | 'deadline' | 'eligibility';

export const NOT_FOUND = 'not found on this page';

// Empty and never filled: a value the person cleared is their choice, not the page's gap.
const notFound = (field: DraftField<string | string[]>) =>
  field.source === undefined &&
  (Array.isArray(field.value) ? field.value.length === 0 : field.value.trim() === '');

/** The fields of the draft's kind that the page left empty. */
export function findMissingFields(draft: Draft): Set<MissingField> {
  const missing = new Set<MissingField>();
  if (draft.kind === 'organization') {
    const o = draft.organization;
    if (notFound(o.website)) missing.add('website');
    if (notFound(o.emails)) missing.add('emails');
    return missing;
  }
  const o = draft.opportunity;
  if (notFound(o.amountMin) && notFound(o.amountMax)) missing.add('amount');
  if (notFound(o.currency)) missing.add('currency');
  if (notFound(o.deadline)) missing.add('deadline');
  if (notFound(o.eligibility)) missing.add('eligibility');
  return missing;
}
