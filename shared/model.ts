/** The data model of PRODUCT.md as valibot schemas; types are inferred from them. */
import * as v from 'valibot';
import { isCalendarDate, isIsoDateTime } from './calendar-date.ts';
import { toCountryCode } from './country/country-code.ts';

/** Organisation types a stakeholder can have. */
export const ORGANIZATION_TYPES = [
  'foundation',
  'corporate',
  'government',
  'ngo',
  'academic',
  'multilateral',
  'community',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** Where funding comes from, used to measure diversification. */
export const SOURCE_TYPES = [
  'government',
  'foundation',
  'corporate',
  'international',
  'crowdfunding',
  'community',
  'in-kind',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Funding pipeline stages, in order. */
export const STAGES = [
  'prospect',
  'researching',
  'drafting',
  'submitted',
  'awarded',
  'declined',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];

/** Access a stakeholder is given to the shared spreadsheet. */
export const SHARE_ACCESS = ['none', 'viewer', 'commenter', 'editor'] as const;
export type ShareAccess = (typeof SHARE_ACCESS)[number];

/** Relationship status of a stakeholder. */
export const STAKEHOLDER_STATUSES = ['prospect', 'contacted', 'active', 'paused', 'exited'] as const;
export type StakeholderStatus = (typeof STAKEHOLDER_STATUSES)[number];

/** Longest text kept per field before cutting; Sheets' own cell limit. */
export const MAX_TEXT = 50_000;

const text = v.pipe(v.string(), v.trim());
const optionalText = v.optional(text);
const textList = v.optional(v.pipe(v.array(text), v.maxLength(100)), []);
const sdgList = v.optional(
  v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(17))), v.maxLength(17)),
  [],
);
const isoDate = v.pipe(v.string(), v.check(isCalendarDate, 'must be a date as YYYY-MM-DD'));
const isoTimestamp = v.pipe(
  v.string(),
  v.check(isIsoDateTime, 'must be an ISO 8601 date-time such as 2026-01-05T10:00:00Z'),
);
/** An absolute http(s) address; anything else (javascript:, data:, a bare word) is refused. */
const isHttpUrl = (text: string) => /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i.test(text);
// Without a scheme: a host with a dot ("acme.org", "acme.org:8080/about"); "javascript:…" is not one.
const isBareSite = (text: string) => /^[^\s/?#:]+\.[^\s/?#:]+(?::\d+)?(?:[/?#]\S*)?$/.test(text);
const httpUrl = (field: string) =>
  v.pipe(v.string(), v.trim(), v.check(isHttpUrl, `${field} must be an http(s) address`));
const optionalHttpUrl = (field: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((text) => text === '' || isHttpUrl(text), `${field} must be an http(s) address`),
    ),
  );
// A website may be typed without its scheme ("acme.org"), but never with another one.
const website = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (text) => text === '' || isHttpUrl(text) || isBareSite(text),
      'website must be an http(s) address such as https://acme.org',
    ),
  ),
);
// ISO 3166-1 alpha-2: a name or alpha-3 code becomes the two-letter code; blank is no country.
const country = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      if (dataset.value === '') return undefined;
      const code = toCountryCode(dataset.value);
      if (code.ok) return code.value;
      addIssue({ message: code.issues.join('; ') });
      return NEVER;
    }),
  ),
);
const amount = v.optional(v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))));

/** A potential partner, funder or other stakeholder. */
export const OrganizationSchema = v.object({
  id: optionalText,
  name: v.pipe(text, v.nonEmpty('name is required')),
  type: v.optional(
    v.nullable(v.picklist(ORGANIZATION_TYPES, `type must be one of ${ORGANIZATION_TYPES.join(', ')}`)),
  ),
  website,
  emails: textList,
  phones: textList,
  /** ISO 3166-1 alpha-2 (KE, US). */
  country,
  focusAreas: textList,
  sdgs: sdgList,
  description: optionalText,
  sourceUrl: optionalHttpUrl('sourceUrl'),
  capturedAt: v.optional(isoTimestamp),
});
export type Organization = v.InferOutput<typeof OrganizationSchema>;

/** A funding opportunity: a grant, call, prize or in-kind offer. */
export const OpportunitySchema = v.pipe(
  v.object({
    id: optionalText,
    title: v.pipe(text, v.nonEmpty('title is required')),
    funderName: optionalText,
    sourceType: v.optional(
      v.nullable(v.picklist(SOURCE_TYPES, `sourceType must be one of ${SOURCE_TYPES.join(', ')}`)),
    ),
    amountMin: amount,
    amountMax: amount,
    currency: v.optional(
      v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code'))),
    ),
    deadline: v.optional(v.nullable(isoDate)),
    /** Pipeline stage the person picked in the Clipper; a new Funding row defaults to prospect. */
    stage: v.optional(v.picklist(STAGES, `stage must be one of ${STAGES.join(', ')}`)),
    eligibility: optionalText,
    geography: optionalText,
    focusAreas: textList,
    sdgs: sdgList,
    url: optionalHttpUrl('url'),
    capturedAt: v.optional(isoTimestamp),
  }),
  v.check(
    (o) => o.amountMin == null || o.amountMax == null || o.amountMin <= o.amountMax,
    'amountMin must not exceed amountMax',
  ),
);
export type Opportunity = v.InferOutput<typeof OpportunitySchema>;

const uuid = v.pipe(v.string(), v.uuid('id must be a UUID'));

/** What the Clipper sends: one captured organisation or opportunity. */
export const ClipSchema = v.pipe(
  v.object({
    id: uuid,
    kind: v.picklist(['organization', 'opportunity'], 'kind must be organization or opportunity'),
    capturedAt: isoTimestamp,
    sourceUrl: httpUrl('sourceUrl'),
    organization: v.optional(OrganizationSchema),
    opportunity: v.optional(OpportunitySchema),
    notes: optionalText,
    tags: textList,
  }),
  v.check(
    (c) => (c.kind === 'organization' ? c.organization !== undefined : true),
    'organization is required',
  ),
  v.check((c) => (c.kind === 'opportunity' ? c.opportunity !== undefined : true), 'opportunity is required'),
);
export type Clip = v.InferOutput<typeof ClipSchema>;
export type ClipInput = v.InferInput<typeof ClipSchema>;
