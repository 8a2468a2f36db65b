/** Turns the checked form into the clip the sheet receives; the id is made once, at save. */
import type {
  Clip,
  Opportunity,
  Organization,
  OrganizationType,
  SourceType,
  Stage,
} from '../../shared/model.ts';
import type { Result } from '../../shared/result.ts';
import { validateClip } from '../../shared/validate.ts';
import type { Draft } from './draft.ts';

export interface ClipStamp {
  id: string;
  capturedAt: string;
}

/** The clip for the form, or the issues to show beside the Save button. */
export function draftToClip(draft: Draft, stamp: ClipStamp): Result<Clip> {
  const organization = toOrganization(draft, stamp.capturedAt);
  const clip = {
    id: stamp.id,
    kind: draft.kind,
    capturedAt: stamp.capturedAt,
    sourceUrl: draft.sourceUrl,
    organization: draft.kind === 'organization' || organization.name !== '' ? organization : undefined,
    opportunity: draft.kind === 'opportunity' ? toOpportunity(draft, stamp.capturedAt) : undefined,
    notes: optional(draft.notes.value),
    tags: draft.tags.value,
  };
  return validateClip(clip);
}

// On an opportunity the organisation is its funder: named by the funder field when the page gave
// no organisation name, so the funder saved is the one the popup looked up (lookup-queries.ts).
function toOrganization(draft: Draft, capturedAt: string): Organization {
  const o = draft.organization;
  const funder = draft.kind === 'opportunity' ? draft.opportunity.funderName.value.trim() : '';
  return {
    name: o.name.value.trim() || funder,
    type: (optional(o.type.value) as OrganizationType | undefined) ?? null,
    website: optional(o.website.value),
    emails: o.emails.value,
    phones: o.phones.value,
    country: optional(o.country.value),
    focusAreas: o.focusAreas.value,
    sdgs: [],
    description: optional(o.description.value),
    sourceUrl: draft.sourceUrl,
    capturedAt,
  };
}

function toOpportunity(draft: Draft, capturedAt: string): Opportunity {
  const o = draft.opportunity;
  return {
    title: o.title.value.trim(),
    funderName: optional(o.funderName.value),
    sourceType: (optional(o.sourceType.value) as SourceType | undefined) ?? null,
    stage: (optional(o.stage.value) as Stage | undefined) ?? 'prospect',
    amountMin: toAmount(o.amountMin.value),
    amountMax: toAmount(o.amountMax.value),
    currency: optional(o.currency.value.toUpperCase()) ?? null,
    deadline: optional(o.deadline.value) ?? null,
    eligibility: optional(o.eligibility.value),
    focusAreas: o.focusAreas.value,
    sdgs: [],
    url: optional(o.url.value),
    capturedAt,
  };
}

/** Reads an amount as typed ("50,000", "50 000", "1.5"); empty or unreadable is no amount. */
export function toAmount(text: string): number | null {
  const cleaned = text.replace(/[\s,\u00a0]/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : Number.NaN;
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
