/**
 * Spreadsheet access for the tools: a tab is read once (getSheetValues) and each contiguous
 * block of computed columns is written once, so calls never grow with rows.
 */
import { type ColumnMap, mapColumns } from '../../shared/header-map.ts';
import type { TabSchema } from '../../shared/workbook-schema.ts';
import { PartnerkitError } from './errors.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Table {
  sheet: Sheet;
  schema: TabSchema;
  header: unknown[];
  /** Data rows below the header, as read. */
  rows: unknown[][];
  columns: ColumnMap<string>;
  /** 0-based columns of the schema's headers that people fill in (not computed). */
  inputs: number[];
}

/** The tab of a schema, or a clear error asking to set the workbook up. */
export function requireSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet)
    throw new PartnerkitError(`There is no "${name}" tab yet: run Partnerkit › Set up workbook first.`);
  return sheet;
}

/** Reads a whole tab: two calls, finding the tab and reading its values. */
export function readTable(spreadsheet: Spreadsheet, schema: TabSchema): Table {
  const sheet = requireSheet(spreadsheet, schema.name);
  return tableOf(sheet, schema, readValues(sheet, -1));
}

/** The tab's header row in one call. */
export function readHeader(sheet: Sheet): unknown[] {
  return readValues(sheet, 1)[0] ?? [];
}

// getSheetValues with -1 reads up to the last row or column with data, like
// getDataRange().getValues() in one call instead of two. It refuses a tab with no cells at all,
// which reads as no header, so the caller's missing-column message names what to do.
function readValues(sheet: Sheet, rows: number): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, rows, -1);
  } catch {
    return [];
  }
}

/** A table over values already read. */
export function tableOf(sheet: Sheet, schema: TabSchema, values: unknown[][]): Table {
  const header = values[0] ?? [];
  const columns = mapColumns(header, schema.headers);
  const inputs = schema.headers.flatMap((h) =>
    schema.computed.includes(h) || columns[h] === undefined ? [] : [columns[h]],
  );
  return { sheet, schema, header, rows: values.slice(1), columns, inputs };
}

/** True when a row holds nothing in the schema's non-computed columns. */
export function isBlankRow(table: Table, row: readonly unknown[]): boolean {
  return table.inputs.every((index) => {
    const value = row[index];
    return value === '' || value === null || value === undefined;
  });
}

/**
 * Writes computed values (one array per data row, in `headers` order) with one setValues per
 * contiguous run of columns. Only these columns are touched.
 */
export function writeColumns(table: Table, headers: readonly string[], values: readonly unknown[][]): void {
  if (values.length === 0) return;
  const placed = headers.map((header, position) => ({ position, column: requireColumn(table, header) }));
  placed.sort((a, b) => a.column - b.column);
  let start = 0;
  while (start < placed.length) {
    let end = start;
    while (end + 1 < placed.length && placed[end + 1]?.column === (placed[end]?.column ?? 0) + 1) end += 1;
    const run = placed.slice(start, end + 1);
    const block = values.map((row) => run.map(({ position }) => row[position] ?? ''));
    table.sheet.getRange(2, (run[0]?.column ?? 0) + 1, block.length, run.length).setValues(block);
    start = end + 1;
  }
}

/** The 0-based column of a header, or a clear error naming it. */
export function requireColumn(table: Table, header: string): number {
  const column = table.columns[header];
  if (column === undefined)
    throw new PartnerkitError(
      `The ${table.schema.name} tab has no "${header}" column: run Partnerkit › Set up workbook to add it.`,
    );
  return column;
}

/** A cell of a data row by header; "" when the column is absent. */
export function cell(table: Table, row: readonly unknown[], header: string): unknown {
  const index = table.columns[header];
  return index === undefined ? '' : (row[index] ?? '');
}
