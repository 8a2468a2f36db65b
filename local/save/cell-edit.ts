/**
 * A person's edit of one cell from the page, checked by the workbook's own rules before anything
 * changes: the tab and column must exist and be the person's (not computed by a tool, not a
 * formula), text stays text ('=cmd' is written as text), number and date columns take numbers and
 * dates, and a strict dropdown or number range refuses what it does not allow.
 * Applying the same edit again gives the same cell (journal replay relies on it).
 */

import type { FakeSheet } from '../../apps-script/emulator/fake-sheet.ts';
import type { Runtime } from '../../apps-script/emulator/index.ts';
import { toCellValue, XLSX_CELL_LIMIT } from '../../shared/cell-safety.ts';
import { normalizeHeader } from '../../shared/header-map.ts';
import { columnKind, TABS, type TabSchema } from '../../shared/workbook-schema.ts';

/** One cell edit as the page sends it (and the journal keeps it). */
export interface CellEdit {
  tab: string;
  /** 1-based row as the page showed it (the header is row 1). */
  row: number;
  /** The row's ID when its tab has an ID column: the row is found by it if rows moved. */
  rowId?: string;
  /** Header text of the column. */
  column: string;
  /** What the person typed or picked ('' clears the cell). */
  value: string;
}

/** What an applied edit changed. */
export interface EditResult {
  ok: true;
  row: number;
  /** The cell's value before, as the page would type it back (for undo). */
  previous: string;
  /** The cell as shown now. */
  shown: string;
}

/** Why an edit was refused; nothing was changed. */
export interface EditRefusal {
  ok: false;
  error: string;
}

/** Tabs the page shows but a person does not edit there: tools and sharing write them. */
const READ_ONLY_TABS = new Set(['dashboard', 'access log']);

/** The schema of a tab, if the workbook contract names it. */
export function schemaOf(tab: string): TabSchema | undefined {
  return TABS.find((t) => normalizeHeader(t.name) === normalizeHeader(tab));
}

/** True when a person may edit the column of this tab in the page. */
export function isPersonColumn(tab: string, header: string): boolean {
  if (READ_ONLY_TABS.has(normalizeHeader(tab)) || normalizeHeader(header) === '') return false;
  const schema = schemaOf(tab);
  if (!schema) return true;
  if (schema.headers.length === 0) return false;
  return !schema.computed.some((c) => normalizeHeader(c) === normalizeHeader(header));
}

/** The edit's fields checked as outside input; undefined when the shape is wrong. */
export function parseEdit(input: unknown): CellEdit | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const e = input as Record<string, unknown>;
  if (typeof e.tab !== 'string' || typeof e.column !== 'string' || typeof e.value !== 'string')
    return undefined;
  if (typeof e.row !== 'number' || !Number.isInteger(e.row) || e.row < 2 || e.row > 1_048_576)
    return undefined;
  if (e.rowId !== undefined && typeof e.rowId !== 'string') return undefined;
  return {
    tab: e.tab,
    row: e.row,
    column: e.column,
    value: e.value,
    ...(typeof e.rowId === 'string' && e.rowId !== '' ? { rowId: e.rowId } : {}),
  };
}

const NUMBER_INPUT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?%?$/;
const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A number typed as "1,500", "0.4" or "40%"; undefined when it is not one. */
export function parseNumberInput(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/\d/.test(trimmed) || !NUMBER_INPUT.test(trimmed)) return undefined;
  const percent = trimmed.endsWith('%');
  const n = Number(trimmed.replace(/[,%]/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

function validDate(text: string): boolean {
  const m = DATE_INPUT.exec(text.trim());
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** What to write for the typed text in a column of this kind, or why it does not fit. */
function inputFor(text: string, kind: 'text' | 'number' | 'date', header: string): unknown | EditRefusal {
  if (text.trim() === '') return '';
  if (kind === 'number') {
    const n = parseNumberInput(text);
    return n === undefined ? { ok: false, error: `${header} takes a number; "${text}" is not one.` } : n;
  }
  if (kind === 'date') {
    // Sheets reads a typed ISO date as a date in the workbook's zone, as the emulator does.
    return validDate(text)
      ? text.trim()
      : { ok: false, error: `${header} takes a date written as YYYY-MM-DD; "${text}" is not one.` };
  }
  return toCellValue(text, 'text', XLSX_CELL_LIMIT);
}

function isRefusal(value: unknown): value is EditRefusal {
  return typeof value === 'object' && value !== null && (value as EditRefusal).ok === false;
}

/** Why a strict rule refuses the value, or undefined when it allows it. */
function ruleProblem(sheet: FakeSheet, row: number, column: number, header: string, value: unknown) {
  const rule = sheet._rangeAt(row, column, 1, 1).getDataValidation();
  if (!rule || rule.getAllowInvalid() || value === '') return undefined;
  const values = rule.getCriteriaValues();
  if (rule.getCriteriaType() === 'VALUE_IN_LIST' && Array.isArray(values[0])) {
    const list = (values[0] as unknown[]).map(String);
    const written = typeof value === 'string' ? value.replace(/^'/, '') : String(value);
    if (list.includes(written)) return undefined;
    return `"${written}" is not allowed in ${header}: choose one of ${list.join(', ')}.`;
  }
  if (rule.getCriteriaType() === 'NUMBER_BETWEEN') {
    const [low, high] = values as number[];
    if (typeof value === 'number' && value >= (low ?? -Infinity) && value <= (high ?? Infinity))
      return undefined;
    const help = rule.getHelpText();
    return help ? `${header}: ${help}` : `${header} takes a number from ${low} to ${high}.`;
  }
  return undefined;
}

/** A list choice as the rule spells it ("Ngo" picks "ngo"), so a case slip is not refused. */
function spelledAsRule(sheet: FakeSheet, row: number, column: number, text: string): string {
  const rule = sheet._rangeAt(row, column, 1, 1).getDataValidation();
  const values = rule?.getCriteriaValues() ?? [];
  if (rule?.getCriteriaType() !== 'VALUE_IN_LIST' || !Array.isArray(values[0])) return text;
  const match = (values[0] as unknown[])
    .map(String)
    .find((v) => v.toLowerCase() === text.trim().toLowerCase());
  return match ?? text;
}

/** A cell value as a person would type it again. */
function asTyped(value: unknown, display: string): string {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return display;
  if (typeof value === 'number') return String(value);
  return String(value ?? '');
}

/**
 * The row the edit means: found by its ID when the tab has IDs, else its number. An ID not found
 * is a new row when the page asked for the row under the last one (or, replaying the journal,
 * always: a file saved without that row must get it back); otherwise the row was removed.
 */
function targetRow(sheet: FakeSheet, idColumn: number | undefined, edit: CellEdit, replay: boolean) {
  if (idColumn === undefined || !edit.rowId) return edit.row;
  const last = sheet.getLastRow();
  if (last >= 2) {
    const ids = sheet._rangeAt(2, idColumn + 1, last - 1, 1).getValues();
    const found = ids.findIndex((r: unknown[]) => String(r[0]) === edit.rowId);
    if (found >= 0) return found + 2;
  }
  if (edit.row > last) return edit.row;
  return replay ? last + 1 : undefined;
}

/** Applies one edit to the workbook in memory; a refusal changes nothing. */
export function applyEdit(runtime: Runtime, edit: CellEdit, replay = false): EditResult | EditRefusal {
  const sheet = runtime.spreadsheet.fake.getSheetByName(edit.tab);
  if (!sheet) return { ok: false, error: `There is no tab named ${edit.tab}.` };
  const header = sheet._rangeAt(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? [];
  const names = header.map(normalizeHeader);
  const index = names.indexOf(normalizeHeader(edit.column));
  if (index < 0) return { ok: false, error: `${edit.tab} has no column ${edit.column}.` };
  const title = String(header[index]);
  if (!isPersonColumn(edit.tab, title))
    return { ok: false, error: `${title} in ${edit.tab} is filled in by the tools; it cannot be edited.` };
  const idIndex = names.indexOf('id');
  const idColumn = idIndex >= 0 ? idIndex : undefined;
  if (idColumn === index)
    return { ok: false, error: 'Row IDs are kept by Partnerkit; they cannot be edited.' };
  const row = targetRow(sheet, idColumn, edit, replay);
  if (row === undefined)
    return {
      ok: false,
      error: `That ${edit.tab} row is no longer in the workbook; the page now shows it as it is.`,
    };
  const cell = sheet._rangeAt(row, index + 1, 1, 1);
  if (cell.getFormula() !== '')
    return {
      ok: false,
      error: `${title} in row ${row} holds a formula: change it in your spreadsheet program.`,
    };
  const schema = schemaOf(edit.tab);
  const kind = schema
    ? columnKind(schema, schema.headers.find((h) => normalizeHeader(h) === names[index]) ?? title)
    : 'text';
  const typed = kind === 'text' ? spelledAsRule(sheet, row, index + 1, edit.value) : edit.value;
  const input = inputFor(typed, kind, title);
  if (isRefusal(input)) return input;
  const problem = ruleProblem(sheet, row, index + 1, title, input);
  if (problem) return { ok: false, error: problem };
  const previous = asTyped(cell.getValue(), cell.getDisplayValue());
  if (idColumn !== undefined && edit.rowId) {
    const idCell = sheet._rangeAt(row, idColumn + 1, 1, 1);
    if (String(idCell.getValue()) === '') idCell.setValue(toCellValue(edit.rowId));
  }
  cell.setValue(input);
  return { ok: true, row, previous, shown: cell.getDisplayValue() };
}
