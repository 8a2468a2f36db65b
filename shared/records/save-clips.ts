/**
 * Plans how a batch of clips lands in the Stakeholders and Funding tabs (PRODUCT.md "Clipper ↔
 * sheet protocol"): retried clip ids are duplicates, organisations already present get their
 * empty cells filled, the rest become new rows. Pure: the caller reads the tabs and writes the plan.
 */
import { type ColumnMap, mapColumns, recordToRow } from '../header-map.ts';
import type { ClipResult } from '../protocol.ts';
import { validateClip } from '../validate.ts';
import { FUNDING, STAKEHOLDERS } from '../workbook-schema.ts';
import {
  type CellRecord,
  fillEmptyCells,
  funderOf,
  fundingRecord,
  stakeholderRecord,
} from './clip-records.ts';
import {
  addStakeholder,
  findStakeholder,
  indexStakeholders,
  type StakeholderIndex,
} from './stakeholder-index.ts';

/** A tab as read: its header row and data rows. */
export interface TabValues {
  header: unknown[];
  rows: unknown[][];
}

export interface TabChanges {
  /** New rows, to append in one write below the existing ones. */
  appended: unknown[][];
  /** Existing rows (0-based data index) whose listed columns were filled; the row holds the values. */
  updated: Map<number, { row: unknown[]; columns: Set<number> }>;
}

export interface SavePlan {
  results: ClipResult[];
  stakeholders: TabChanges;
  funding: TabChanges;
}

interface Tab {
  values: TabValues;
  columns: ColumnMap<string>;
  changes: TabChanges;
  ids: Map<string, number>;
}

/** Sheet row number of a 0-based data row. */
const sheetRow = (index: number) => index + 2;

/** Works out the result of each clip and the rows to add or fill. */
export function planClipSave(
  stakeholders: TabValues,
  funding: TabValues,
  clips: readonly unknown[],
): SavePlan {
  const people = tabOf(stakeholders, STAKEHOLDERS.headers);
  const money = tabOf(funding, FUNDING.headers);
  const index = indexStakeholders(
    stakeholders.rows.map((row) => ({
      id: at(people, row, 'ID'),
      name: at(people, row, 'Name'),
      website: at(people, row, 'Website'),
    })),
  );
  const results = clips.map((clip) => saveClip(clip, people, money, index));
  return { results, stakeholders: people.changes, funding: money.changes };
}

function saveClip(input: unknown, people: Tab, money: Tab, index: StakeholderIndex): ClipResult {
  const id = clipIdOf(input);
  const checked = validateClip(input);
  if (!checked.ok) return { id, status: 'rejected', reason: checked.issues.join('; ') };
  const clip = checked.value;
  const target = clip.kind === 'organization' ? people : money;
  const known = target.ids.get(clip.id);
  if (known !== undefined) return { id, status: 'duplicate', row: sheetRow(known) };
  if (clip.kind === 'organization' && clip.organization) {
    const record = stakeholderRecord(clip, clip.organization);
    const existing = findStakeholder(index, clip.organization);
    if (existing !== undefined) {
      fill(people, existing, record);
      return { id, status: 'updated', row: sheetRow(existing) };
    }
    return { id, status: 'added', row: sheetRow(append(people, record, index)) };
  }
  const opportunity = clip.opportunity;
  if (!opportunity) return { id, status: 'rejected', reason: 'opportunity is required' };
  const funder = funderOf(clip, opportunity);
  if (funder) {
    const record = stakeholderRecord(clip, funder);
    const existing = findStakeholder(index, funder);
    if (existing === undefined) append(people, record, index);
    else fill(people, existing, { ...record, ID: '' });
  }
  return { id, status: 'added', row: sheetRow(append(money, fundingRecord(clip, opportunity))) };
}

function tabOf(values: TabValues, headers: readonly string[]): Tab {
  const columns = mapColumns(values.header, headers);
  const ids = new Map<string, number>();
  const idColumn = columns.ID;
  values.rows.forEach((row, position) => {
    const id = idColumn === undefined ? '' : String(row[idColumn] ?? '').trim();
    if (id && !ids.has(id)) ids.set(id, position);
  });
  return { values, columns, ids, changes: { appended: [], updated: new Map() } };
}

function append(tab: Tab, record: CellRecord, index?: StakeholderIndex): number {
  const position = tab.values.rows.length + tab.changes.appended.length;
  const row = recordToRow(record, tab.columns, tab.values.header.length);
  tab.changes.appended.push(row);
  const id = String(record.ID ?? '');
  if (id && !tab.ids.has(id)) tab.ids.set(id, position);
  if (index) addStakeholder(index, position, { id, name: record.Name, website: record.Website });
  return position;
}

function fill(tab: Tab, position: number, record: CellRecord): void {
  const existingCount = tab.values.rows.length;
  if (position >= existingCount) {
    fillEmptyCells(tab.changes.appended[position - existingCount] ?? [], tab.columns, record);
    return;
  }
  const entry = tab.changes.updated.get(position) ?? {
    row: [...(tab.values.rows[position] ?? [])],
    columns: new Set<number>(),
  };
  for (const header of fillEmptyCells(entry.row, tab.columns, record)) {
    const column = tab.columns[header];
    if (column !== undefined) entry.columns.add(column);
  }
  if (entry.columns.size > 0) tab.changes.updated.set(position, entry);
}

function at(tab: Tab, row: readonly unknown[], header: string): unknown {
  const column = tab.columns[header];
  return column === undefined ? '' : row[column];
}

function clipIdOf(input: unknown): string {
  if (typeof input !== 'object' || input === null) return '';
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' ? id.slice(0, 100) : '';
}
