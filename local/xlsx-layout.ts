/**
 * How a tab looks in LibreOffice or Excel: column widths from their content (capped, so one long
 * note does not make a column a screen wide), long text wrapped, the header frozen with a filter
 * on each data tab, and the ID column (36 characters no one reads) hidden. Nothing here changes
 * what a cell holds; widths a script set (setColumnWidth) win over the content's.
 */
import type { CellValue, SheetData } from '../apps-script/emulator/index.ts';
import { columnLetters } from '../apps-script/emulator/index.ts';
import { normalizeHeader } from '../shared/header-map.ts';
import { TABS } from '../shared/workbook-schema.ts';

/** Widest a column gets from its content, in characters; longer text wraps. */
export const MAX_WIDTH = 50;
const MIN_WIDTH = 6;
// A date needs ten characters ("2026-03-01") and a little room, or it shows as ###.
const DATE_WIDTH = 12;
const DATE_TIME_WIDTH = 18;
// Enough rows to judge a column; a save never scans more than this per tab.
const SAMPLE_ROWS = 2000;

/** The layout of one tab in the file. */
export interface SheetLayout {
  /** Width in characters per 1-based column. */
  widths: Map<number, number>;
  /** 1-based columns hidden in the file. */
  hidden: Set<number>;
  /** The autofilter range (data tabs only). */
  filter?: string;
  /** Header rows frozen in the file. */
  frozenRows: number;
}

function isDate(value: CellValue): value is Date {
  return value instanceof Date;
}

/** Characters a value takes when shown (numbers with separators and decimals, dates as ISO). */
function shownLength(value: CellValue): number {
  if (isDate(value))
    return value.getUTCHours() || value.getUTCMinutes() ? DATE_TIME_WIDTH - 2 : DATE_WIDTH - 2;
  if (typeof value === 'number') return Math.min(18, value.toLocaleString('en-US').length + 2);
  if (typeof value === 'boolean') return 5;
  return Math.max(
    0,
    ...String(value)
      .split('\n')
      .map((line) => line.length),
  );
}

/** The header row of a data tab: the tab is in the workbook contract and has headers. */
function isDataTab(sheet: SheetData): boolean {
  const schema = TABS.find((t) => normalizeHeader(t.name) === normalizeHeader(sheet.name));
  if (schema) return schema.headers.length > 0;
  // A tab a person added counts when its first row is frozen (a header).
  return sheet.frozenRows >= 1;
}

/** The layout the writer gives a tab. */
export function sheetLayout(sheet: SheetData): SheetLayout {
  const data = isDataTab(sheet);
  const header = sheet.values[0] ?? [];
  const columns = Math.max(header.length, ...sheet.values.slice(0, SAMPLE_ROWS).map((r) => r.length));
  const widths = new Map<number, number>();
  const hidden = new Set<number>();
  for (let c = 0; c < columns; c += 1) {
    const set = sheet.columnWidths?.[String(c + 1)];
    if (set !== undefined) {
      widths.set(c + 1, set / 7);
      continue;
    }
    let longest = data ? shownLength(header[c] ?? '') + 3 : 0;
    let dates = false;
    for (const row of sheet.values.slice(data ? 1 : 0, SAMPLE_ROWS)) {
      const value = row[c] ?? '';
      dates ||= isDate(value);
      longest = Math.max(longest, shownLength(value));
    }
    const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2, dates ? DATE_WIDTH : 0));
    widths.set(c + 1, width);
    if (data && normalizeHeader(header[c]) === 'id') hidden.add(c + 1);
  }
  const lastRow = Math.max(1, sheet.values.length);
  return {
    widths,
    hidden,
    frozenRows: data ? Math.max(1, sheet.frozenRows) : sheet.frozenRows,
    ...(data && columns > 0 ? { filter: `A1:${columnLetters(columns)}${lastRow}` } : {}),
  };
}

/** True when text is longer than its column is wide: the writer wraps it. */
export function needsWrap(value: CellValue, width: number | undefined): boolean {
  return typeof value === 'string' && width !== undefined && value.length > width;
}
