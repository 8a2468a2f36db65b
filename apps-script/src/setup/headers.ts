/** Tabs and header rows: adds what is missing at the end, never moves or clears anything. */
import { missingHeaders } from '../../../shared/header-map.ts';
import type { TabSchema } from '../../../shared/workbook-schema.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The tab of a schema, inserted at the end when missing. */
export function ensureSheet(spreadsheet: Spreadsheet, schema: TabSchema): Sheet {
  return (
    spreadsheet.getSheetByName(schema.name) ??
    spreadsheet.insertSheet(schema.name, spreadsheet.getNumSheets())
  );
}

/** Appends the schema's missing headers after the last used column; returns the header row. */
export function ensureHeaders(sheet: Sheet, schema: TabSchema): unknown[] {
  if (schema.headers.length === 0) return [];
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
  const used = trimEnd(header);
  const missing = missingHeaders(used, schema.headers);
  if (missing.length === 0) return used;
  const needed = used.length + missing.length - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  sheet.getRange(1, used.length + 1, 1, missing.length).setValues([missing]);
  return [...used, ...missing];
}

/** Freezes and bolds the header row. */
export function styleHeader(sheet: Sheet, width: number): void {
  if (width === 0) return;
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
}

// Trailing blank header cells (e.g. a formatted but empty column) are free for new headers.
function trimEnd(header: unknown[]): unknown[] {
  let end = header.length;
  while (end > 0 && String(header[end - 1] ?? '').trim() === '') end -= 1;
  return header.slice(0, end);
}
