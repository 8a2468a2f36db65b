/**
 * One tab as a save plan sees it: the rows read, the rows planned below them, the cells planned
 * into existing rows, and clip ids (compared case-insensitively) with their rows.
 */
import { type ColumnMap, recordToRow } from '../header-map.ts';
import { type CellRecord, fillEmptyCells } from './clip-records.ts';

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

export interface PlanTab {
  values: TabValues;
  columns: ColumnMap<string>;
  changes: TabChanges;
  /**
   * Row position (0-based data index) by lower-case clip id; the first row wins. The rows read
   * are added only once lookups are many (see positionOfId): before that they are scanned.
   */
  ids: Map<string, number>;
  /** True once every row read is in `ids`. */
  idsComplete: boolean;
  idLookups: number;
}

// Scanning the ID column costs a fraction of keying it: past this many lookups every id is keyed.
const ID_SCAN_LIMIT = 8;

/** Sheet row number of a 0-based data row. */
export const sheetRow = (position: number): number => position + 2;

/** A tab to plan changes to. */
export function tabOf(values: TabValues, columns: ColumnMap<string>): PlanTab {
  return {
    values,
    columns,
    ids: new Map(),
    idsComplete: values.rows.length === 0,
    idLookups: 0,
    changes: { appended: [], updated: new Map() },
  };
}

/** The first row holding a clip id (compared case-insensitively), or undefined. */
export function positionOfId(tab: PlanTab, id: string): number | undefined {
  const wanted = id.toLowerCase();
  tab.idLookups += 1;
  if (!tab.idsComplete && tab.idLookups > ID_SCAN_LIMIT) keyEveryId(tab);
  if (tab.idsComplete || !wanted) return tab.ids.get(wanted);
  // Rows read come before every noted row, so the first scanned match is the first row.
  const column = tab.columns.ID;
  if (column !== undefined) {
    const rows = tab.values.rows;
    // The stored id, trimmed and without an escape apostrophe, holds the wanted id whole: found
    // in any case without copying the text (beyond ASCII, lower case can change letters).
    const pattern = new RegExp(wanted.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i');
    for (let position = 0; position < rows.length; position += 1) {
      const value = rows[position]?.[column];
      const text = typeof value === 'string' ? value : String(value ?? '');
      if (text.length < wanted.length) continue;
      if ((pattern.test(text) || BEYOND_ASCII.test(text)) && idOf(value) === wanted) return position;
    }
  }
  return tab.ids.get(wanted);
}

const BEYOND_ASCII = /[\u0080-\uffff]/;

function keyEveryId(tab: PlanTab): void {
  const noted = [...tab.ids];
  tab.ids.clear();
  tab.values.rows.forEach((row, position) => {
    noteId(tab, valueAt(tab, row, 'ID'), position);
  });
  for (const [id, position] of noted) if (!tab.ids.has(id)) tab.ids.set(id, position);
  tab.idsComplete = true;
}

/** A cell of a row by header; "" when the tab has no such column. */
export function valueAt(tab: PlanTab, row: readonly unknown[], header: string): unknown {
  const column = tab.columns[header];
  return column === undefined ? '' : row[column];
}

/** Plans a new row below the others; returns its position. */
export function appendRecord(tab: PlanTab, record: CellRecord): number {
  const position = tab.values.rows.length + tab.changes.appended.length;
  tab.changes.appended.push(recordToRow(record, tab.columns, tab.values.header.length));
  noteId(tab, record.ID, position);
  return position;
}

/** Plans the record's values into the empty cells of a row; true when any cell was filled. */
export function fillRecord(tab: PlanTab, position: number, record: CellRecord): boolean {
  const existingCount = tab.values.rows.length;
  if (position >= existingCount) {
    const filled = fillEmptyCells(tab.changes.appended[position - existingCount] ?? [], tab.columns, record);
    if (filled.includes('ID')) noteId(tab, record.ID, position);
    return filled.length > 0;
  }
  const entry = tab.changes.updated.get(position) ?? {
    row: [...(tab.values.rows[position] ?? [])],
    columns: new Set<number>(),
  };
  const filled = fillEmptyCells(entry.row, tab.columns, record);
  for (const header of filled) {
    const column = tab.columns[header];
    if (column !== undefined) entry.columns.add(column);
  }
  if (entry.columns.size > 0) tab.changes.updated.set(position, entry);
  if (filled.includes('ID')) noteId(tab, record.ID, position);
  return filled.length > 0;
}

// Ids are UUIDs: the same id in upper case is the same clip. A leading apostrophe is the cell
// escape of a planned row, not part of the id.
function noteId(tab: PlanTab, value: unknown, position: number): void {
  const id = idOf(value);
  if (id && !tab.ids.has(id)) tab.ids.set(id, position);
}

function idOf(value: unknown): string {
  return String(value ?? '')
    .trim()
    .replace(/^'/, '')
    .toLowerCase();
}

/**
 * Applies written changes to the values as read, so the next plan sees them: a cell's escape
 * apostrophe is dropped, as the sheet does when it stores the text.
 */
export function applyChanges(values: TabValues, changes: TabChanges): void {
  for (const [position, { row, columns }] of changes.updated) {
    const target = values.rows[position];
    if (!target) continue;
    for (const column of columns) target[column] = asStored(row[column]);
  }
  for (const row of changes.appended) values.rows.push(row.map(asStored));
}

function asStored(value: unknown): unknown {
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
}
