/** Fills the form from what `extractPage` found, keeping each value's source. */

import { toCountryCode } from '../../shared/country/country-code.ts';
import type { ExtractedField, Field, OrgType, PageCapture } from '../../shared/extract/types.ts';
import type { SourceType } from '../../shared/model.ts';
import { type Draft, type DraftField, emptyDraft, type ListField, type TextField } from './draft.ts';

// An opportunity's source type follows from its funder's organisation type, where one fits.
const SOURCE_OF_FUNDER: Partial<Record<OrgType, SourceType>> = {
  foundation: 'foundation',
  corporate: 'corporate',
  government: 'government',
  multilateral: 'international',
  community: 'community',
};

/** The form prefilled from a page capture. */
export function captureToDraft(capture: PageCapture, defaultTags: string[] = []): Draft {
  const draft = emptyDraft(capture.url, defaultTags);
  const org = capture.organization;
  const opp = capture.opportunity;
  if (org) {
    draft.organization = {
      name: fromField(org.name),
      type: fromField(org.type),
      website: fromField(org.website),
      emails: fromList(org.emails),
      phones: fromList(org.phones),
      country: toCode(fromField(org.country)),
      focusAreas: fromList(org.focusAreas),
      description: fromField(org.description),
    };
  }
  if (opp) {
    const funderType = org?.type?.value;
    const sourceType = funderType ? SOURCE_OF_FUNDER[funderType] : undefined;
    draft.opportunity = {
      ...draft.opportunity,
      title: fromField(opp.title),
      funderName: opp.funder ? fromField(opp.funder) : fromField(org?.name ?? null),
      sourceType: sourceType
        ? { value: sourceType, source: org?.type?.source }
        : draft.opportunity.sourceType,
      amountMin: fromField(opp.amountMin),
      amountMax: fromField(opp.amountMax),
      currency: fromField(opp.currency),
      deadline: fromField(opp.deadline),
      eligibility: fromField(opp.eligibility),
      url: opp.url ? fromField(opp.url) : draft.opportunity.url,
      focusAreas: fromList(org?.focusAreas ?? []),
    };
  }
  draft.kind = capture.kind.value === 'opportunity' ? 'opportunity' : 'organization';
  return draft;
}

// The sheet keeps ISO 3166-1 alpha-2 codes; a name the page gave ("Kenya") is shown as its code,
// and one that fits no single country stays as written for the person to fix.
function toCode(field: TextField): TextField {
  const code = field.value ? toCountryCode(field.value) : undefined;
  return code?.ok ? { ...field, value: code.value } : field;
}

function fromField(field: Field<string | number>): TextField {
  return field ? { value: String(field.value), source: field.source } : { value: '' };
}

function fromList(fields: ExtractedField<string>[]): ListField {
  const first = fields[0];
  return first
    ? { value: fields.map((f) => f.value), source: first.source }
    : ({ value: [] } as DraftField<string[]>);
}
