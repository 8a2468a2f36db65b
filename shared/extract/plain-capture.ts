import type { ExtractedField, Field, PageCapture, PlainCapture } from './types.ts';

function plain<T>(field: Field<T>): T | null {
  return field ? field.value : null;
}

function plainList<T>(fields: ExtractedField<T>[]): T[] {
  return fields.map((f) => f.value);
}

/** Strips provenance from a capture, leaving plain values in the labelled-fixture shape. */
export function toPlainCapture(capture: PageCapture): PlainCapture {
  const org = capture.organization;
  const opp = capture.opportunity;
  return {
    kind: capture.kind.value,
    organization: org && {
      name: plain(org.name),
      type: plain(org.type),
      website: plain(org.website),
      emails: plainList(org.emails),
      phones: plainList(org.phones),
      country: plain(org.country),
      focusAreas: plainList(org.focusAreas),
      sdgs: org.sdgs,
      description: plain(org.description),
    },
    opportunity: opp && {
      title: plain(opp.title),
      funder: plain(opp.funder),
      amountMin: plain(opp.amountMin),
      amountMax: plain(opp.amountMax),
      currency: plain(opp.currency),
      deadline: plain(opp.deadline),
      eligibility: plain(opp.eligibility),
      url: plain(opp.url),
    },
    items: capture.items,
  };
}
