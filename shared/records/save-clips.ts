/**
 * Plans how a batch of clips lands in the Stakeholders and Funding tabs (PRODUCT.md "Identity" and
 * "Clipper ↔ sheet protocol"): retried clip ids are duplicates, an organisation or opportunity
 * already present gets only its empty cells filled (`updated`, or `duplicate` when nothing was
 * empty), a possible duplicate gets a new row with a note, the rest become new rows. Clips earlier
 * in the request count. Pure: the caller reads the tabs and writes the plan.
 */
import { toCellValue } from '../cell-safety.ts';
import { mapColumns } from '../header-map.ts';
import { addOpportunity, findOpportunity, indexOpportunities } from '../identity/opportunity-index.ts';
import { addOrganization, findOrganization, indexOrganizations } from '../identity/organization-index.ts';
import type { Clip, Opportunity, Organization } from '../model.ts';
import type { ClipResult } from '../protocol.ts';
import { validateClip } from '../validate.ts';
import { FUNDING, STAKEHOLDERS } from '../workbook-schema.ts';
import {
  type CellRecord,
  funderOf,
  fundingRecord,
  opportunityKeyOf,
  recordProblem,
  stakeholderRecord,
} from './clip-records.ts';
import {
  appendRecord,
  fillRecord,
  type PlanTab,
  positionOfId,
  sheetRow,
  type TabChanges,
  type TabValues,
  tabOf,
  valueAt,
} from './plan-tab.ts';

export type { TabChanges, TabValues } from './plan-tab.ts';

export interface SavePlan {
  results: ClipResult[];
  stakeholders: TabChanges;
  funding: TabChanges;
}

interface Planner {
  people: PlanTab;
  money: PlanTab;
  organizations: ReturnType<typeof indexOrganizations>;
  opportunities: ReturnType<typeof indexOpportunities>;
}

/** Works out the result of each clip and the rows to add or fill. */
export function planClipSave(
  stakeholders: TabValues,
  funding: TabValues,
  clips: readonly unknown[],
): SavePlan {
  const planner = plannerOf(stakeholders, funding);
  const results = clips.map((clip) => saveIsolated(clip, planner));
  return { results, stakeholders: planner.people.changes, funding: planner.money.changes };
}

function plannerOf(stakeholders: TabValues, funding: TabValues): Planner {
  const people = tabOf(stakeholders, mapColumns(stakeholders.header, STAKEHOLDERS.headers));
  const money = tabOf(funding, mapColumns(funding.header, FUNDING.headers));
  return {
    people,
    money,
    organizations: indexOrganizations(
      stakeholders.rows.map((row) => ({
        name: valueAt(people, row, 'Name'),
        website: valueAt(people, row, 'Website'),
      })),
    ),
    opportunities: indexOpportunities(
      funding.rows.map((row) => ({
        title: valueAt(money, row, 'Opportunity'),
        funder: valueAt(money, row, 'Funder'),
        url: valueAt(money, row, 'URL'),
      })),
    ),
  };
}

// One clip the planner cannot handle is rejected alone, never failing the whole request.
function saveIsolated(input: unknown, planner: Planner): ClipResult {
  try {
    return saveClip(input, planner);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { id: safeIdOf(input), status: 'rejected', reason: `This clip could not be saved: ${detail}` };
  }
}

function safeIdOf(input: unknown): string {
  try {
    return clipIdOf(input);
  } catch {
    return '';
  }
}

function saveClip(input: unknown, planner: Planner): ClipResult {
  const id = clipIdOf(input);
  const checked = validateClip(input);
  if (!checked.ok) return { id, status: 'rejected', reason: checked.issues.join('; ') };
  const clip = checked.value;
  const tab = clip.kind === 'organization' ? planner.people : planner.money;
  const known = positionOfId(tab, clip.id);
  if (known !== undefined) return { id, status: 'duplicate', row: sheetRow(known) };
  if (clip.kind === 'organization' && clip.organization)
    return saveOrganization(id, clip, clip.organization, planner);
  if (clip.opportunity) return saveOpportunity(id, clip, clip.opportunity, planner);
  return { id, status: 'rejected', reason: `${clip.kind} is required` };
}

function saveOrganization(id: string, clip: Clip, organization: Organization, planner: Planner): ClipResult {
  const record = stakeholderRecord(clip, organization);
  const problem = recordProblem(record);
  if (problem) return { id, status: 'rejected', reason: problem };
  const found = findOrganization(planner.organizations, organization);
  if (found && !found.possibleDuplicate) {
    const filled = fillRecord(planner.people, found.position, record);
    return { id, status: filled ? 'updated' : 'duplicate', row: sheetRow(found.position) };
  }
  const note = found && possibleDuplicateNote(found.position, found.reason);
  const position = addStakeholder(planner, organization, withNote(record, clip, note));
  return added(id, position, note);
}

function saveOpportunity(id: string, clip: Clip, opportunity: Opportunity, planner: Planner): ClipResult {
  const record = fundingRecord(clip, opportunity);
  const funder = funderOf(clip, opportunity);
  const funderRecord = funder && { ...stakeholderRecord(clip, funder), ID: '' };
  const problem = recordProblem(record) ?? (funderRecord ? recordProblem(funderRecord) : undefined);
  if (problem) return { id, status: 'rejected', reason: problem };
  const funderChanged = funder && funderRecord ? saveFunder(clip, funder, funderRecord, planner) : false;
  const key = opportunityKeyOf(clip, opportunity);
  const found = findOpportunity(planner.opportunities, key);
  if (found && !found.possibleDuplicate) {
    const filled = fillRecord(planner.money, found.position, record);
    const status = filled || funderChanged ? 'updated' : 'duplicate';
    return { id, status, row: sheetRow(found.position) };
  }
  const note = found && possibleDuplicateNote(found.position, found.reason);
  const position = appendRecord(planner.money, withNote(record, clip, note));
  addOpportunity(planner.opportunities, position, key);
  return added(id, position, note);
}

// The funder of an opportunity is a stakeholder too: added when new, its empty cells filled when known.
function saveFunder(clip: Clip, funder: Organization, record: CellRecord, planner: Planner): boolean {
  const found = findOrganization(planner.organizations, funder);
  if (found && !found.possibleDuplicate) return fillRecord(planner.people, found.position, record);
  const note = found && possibleDuplicateNote(found.position, found.reason);
  addStakeholder(planner, funder, withNote(record, clip, note));
  return true;
}

function addStakeholder(planner: Planner, organization: Organization, record: CellRecord): number {
  const position = appendRecord(planner.people, record);
  addOrganization(planner.organizations, position, organization);
  return position;
}

function added(id: string, position: number, note: string | undefined): ClipResult {
  const result: ClipResult = { id, status: 'added', row: sheetRow(position) };
  if (note) result.reason = note;
  return result;
}

function possibleDuplicateNote(position: number, reason: string): string {
  return `Possible duplicate of row ${sheetRow(position)} (${reason})`;
}

function withNote(record: CellRecord, clip: Clip, note: string | undefined): CellRecord {
  if (!note) return record;
  return { ...record, Notes: toCellValue([clip.notes, note].filter(Boolean).join('\n')) };
}

function clipIdOf(input: unknown): string {
  if (typeof input !== 'object' || input === null) return '';
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' ? id.slice(0, 100) : '';
}
