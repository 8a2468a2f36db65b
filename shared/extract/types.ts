/** Where a captured value was read from, so the Clipper can show it beside the field. */
export type FieldSource = 'json-ld' | 'microdata' | 'meta' | 'text';

/** A captured value with its provenance and a confidence between 0 and 1. */
export interface ExtractedField<T> {
  value: T;
  source: FieldSource;
  confidence: number;
}

/** A captured value, or null when the page does not state it. */
export type Field<T> = ExtractedField<T> | null;

/** What a page is mainly about. */
export type PageKind = 'organization' | 'opportunity' | 'directory';

/** Organisation types of the data model. */
export type OrgType =
  | 'foundation'
  | 'corporate'
  | 'government'
  | 'ngo'
  | 'academic'
  | 'multilateral'
  | 'community';

/** The organisation a page describes (or the funder, or the directory's owner). */
export interface OrganizationCapture {
  name: Field<string>;
  type: Field<OrgType>;
  website: Field<string>;
  emails: ExtractedField<string>[];
  phones: ExtractedField<string>[];
  country: Field<string>;
  focusAreas: ExtractedField<string>[];
  sdgs: number[];
  description: Field<string>;
}

/** A funding opportunity a page describes. */
export interface OpportunityCapture {
  title: Field<string>;
  funder: Field<string>;
  amountMin: Field<number>;
  amountMax: Field<number>;
  currency: Field<string>;
  deadline: Field<string>;
  eligibility: Field<string>;
  url: Field<string>;
}

/** One organisation or opportunity listed on a directory page. */
export interface DirectoryItem {
  name: string;
  url: string | null;
}

/** Everything `extractPage` found on one page. */
export interface PageCapture {
  url: string;
  kind: ExtractedField<PageKind>;
  organization: OrganizationCapture | null;
  opportunity: OpportunityCapture | null;
  items: DirectoryItem[];
}

/** The organisation with provenance stripped: plain values only. */
export interface PlainOrganization {
  name: string | null;
  type: OrgType | null;
  website: string | null;
  emails: string[];
  phones: string[];
  country: string | null;
  focusAreas: string[];
  sdgs: number[];
  description: string | null;
}

/** The opportunity with provenance stripped: plain values only. */
export interface PlainOpportunity {
  title: string | null;
  funder: string | null;
  amountMin: number | null;
  amountMax: number | null;
  currency: string | null;
  deadline: string | null;
  eligibility: string | null;
  url: string | null;
}

/** A `PageCapture` with plain values, the shape of the labelled fixtures. */
export interface PlainCapture {
  kind: PageKind;
  organization: PlainOrganization | null;
  opportunity: PlainOpportunity | null;
  items: DirectoryItem[];
}
