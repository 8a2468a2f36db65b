/**
 * Turns a validated clip into the rows it adds: a Stakeholders record for an organisation, a
 * Funding record (and the funder's Stakeholders record) for an opportunity. Every value goes
 * through toCellValue with its column's kind, so page text is never read as a formula and text
 * columns keep text as written.
 */
import { type CellValue, cellProblem, toCellValue } from '../cell-safety.ts';
import type { Clip, Opportunity, Organization, OrganizationType, SourceType } from '../model.ts';
import { columnKind, FUNDING, LIST_SEPARATOR, STAKEHOLDERS, type TabSchema } from '../workbook-schema.ts';

export type CellRecord = Record<string, CellValue>;

const FUNDER_TYPE: Partial<Record<SourceType, OrganizationType>> = {
  government: 'government',
  foundation: 'foundation',
  corporate: 'corporate',
  international: 'multilateral',
  community: 'community',
};

/** The Stakeholders record of an organisation clip (Status prospect). */
export function stakeholderRecord(clip: Clip, organization: Organization): CellRecord {
  return cells(STAKEHOLDERS, {
    ID: clip.id,
    Name: organization.name,
    Type: organization.type ?? '',
    Website: organization.website,
    Emails: organization.emails.join(LIST_SEPARATOR),
    Phones: organization.phones.join(LIST_SEPARATOR),
    Country: organization.country,
    'Focus Areas': organization.focusAreas.join(LIST_SEPARATOR),
    SDGs: organization.sdgs.join(LIST_SEPARATOR),
    Status: 'prospect',
    Description: organization.description,
    Tags: clip.tags.join(LIST_SEPARATOR),
    // Never the Website: a directory entry's profile link is where it was found, not its site.
    'Source URL': organization.sourceUrl || clip.sourceUrl,
    'Captured At': toDateTime(organization.capturedAt ?? clip.capturedAt),
    Notes: clip.notes,
  });
}

/** The funder of an opportunity clip as an organisation: the clip's organisation, else its name. */
export function funderOf(clip: Clip, opportunity: Opportunity): Organization | undefined {
  if (clip.organization) return clip.organization;
  const name = opportunity.funderName?.trim();
  if (!name) return undefined;
  const type = opportunity.sourceType ? (FUNDER_TYPE[opportunity.sourceType] ?? null) : null;
  return { name, type, emails: [], phones: [], focusAreas: [], sdgs: [] };
}

/** What identifies the opportunity of a clip: the link, title and funder its Funding row gets. */
export function opportunityKeyOf(
  clip: Clip,
  opportunity: Opportunity,
): { title: string; funder: string | undefined; url: string } {
  return {
    title: opportunity.title,
    funder: opportunity.funderName || clip.organization?.name,
    url: opportunity.url || clip.sourceUrl,
  };
}

/** The Funding record of an opportunity clip (Stage as clipped, else prospect). */
export function fundingRecord(clip: Clip, opportunity: Opportunity): CellRecord {
  const eligibility = [
    opportunity.eligibility,
    opportunity.geography && `Geography: ${opportunity.geography}`,
  ]
    .filter(Boolean)
    .join(LIST_SEPARATOR);
  const key = opportunityKeyOf(clip, opportunity);
  return cells(FUNDING, {
    ID: clip.id,
    Opportunity: opportunity.title,
    Funder: key.funder,
    'Source Type': opportunity.sourceType ?? '',
    'Amount Min': opportunity.amountMin,
    'Amount Max': opportunity.amountMax,
    Currency: opportunity.currency,
    // Written as typed text: Sheets reads "YYYY-MM-DD" as a date in the sheet's own time zone.
    Deadline: opportunity.deadline,
    Stage: opportunity.stage ?? 'prospect',
    SDGs: opportunity.sdgs.join(LIST_SEPARATOR),
    Eligibility: eligibility,
    URL: key.url,
    Tags: clip.tags.join(LIST_SEPARATOR),
    'Captured At': toDateTime(opportunity.capturedAt ?? clip.capturedAt),
    Notes: clip.notes,
  });
}

/** True when a cell holds nothing a person typed. */
export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Fills the empty cells of an existing row from a record; filled cells are never overwritten.
 * Returns the headers it filled.
 */
export function fillEmptyCells(
  row: unknown[],
  columns: Partial<Record<string, number>>,
  record: CellRecord,
): string[] {
  const filled: string[] = [];
  for (const [header, value] of Object.entries(record)) {
    const index = columns[header];
    if (index === undefined || isEmptyCell(value) || !isEmptyCell(row[index])) continue;
    row[index] = value;
    filled.push(header);
  }
  return filled;
}

function cells(tab: TabSchema, values: Record<string, unknown>): CellRecord {
  const record: CellRecord = {};
  for (const [header, value] of Object.entries(values))
    record[header] = toCellValue(value, columnKind(tab, header));
  return record;
}

function toDateTime(timestamp: string | undefined): Date | undefined {
  if (!timestamp) return undefined;
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Why a record cannot be written, naming the column, or undefined: a last check before the batch
 * write, so a value Sheets refuses is pinned on its clip instead of failing the whole batch.
 */
export function recordProblem(record: CellRecord): string | undefined {
  for (const [header, value] of Object.entries(record)) {
    const problem = cellProblem(value);
    if (problem) return `${header} cannot be written: ${problem}`;
  }
  return undefined;
}
