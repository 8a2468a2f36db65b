/**
 * CSV import and export of the Stakeholders and Funding tabs (papaparse). Columns are found by
 * header text; each bad row gets its own clear error and is left out, never half-imported.
 */
import Papa from 'papaparse';
import { toCsvField } from './cell-safety.ts';
import { type CsvRecord, checkFundingRow, checkStakeholderRow, type RowCheck } from './csv-rows.ts';
import { type ColumnMap, mapColumns, rowToRecord } from './header-map.ts';
import { FUNDING, STAKEHOLDERS, type TabSchema } from './workbook-schema.ts';

export type { CsvRecord } from './csv-rows.ts';

export interface CsvRowError {
  /** 1-based record number in the file, the header being row 1 (a quoted newline stays in one row). */
  row: number;
  message: string;
}

export interface CsvImport {
  records: CsvRecord[];
  errors: CsvRowError[];
  /** Columns of the file that are not part of the tab's schema (kept out of the records). */
  extraColumns: string[];
}

/** Most rows one import takes: a sheet tab of this size is already unwieldy. */
export const MAX_CSV_ROWS = 50_000;

/** Exports records (keyed by header) as CSV with the tab's headers, formula-safe, with a BOM for Excel. */
export function exportCsv(tab: TabSchema, records: readonly Partial<Record<string, unknown>>[]): string {
  const rows = records.map((record) => tab.headers.map((header) => toCsvField(record[header])));
  return `\uFEFF${Papa.unparse({ fields: [...tab.headers], data: rows }, { newline: '\r\n' })}`;
}

/** Imports a Stakeholders CSV. */
export const importStakeholdersCsv = (text: string): CsvImport =>
  importCsv(text, STAKEHOLDERS, checkStakeholderRow);

/** Imports a Funding CSV. */
export const importFundingCsv = (text: string): CsvImport => importCsv(text, FUNDING, checkFundingRow);

function importCsv(text: string, tab: TabSchema, check: RowCheck): CsvImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header || header.length === 0) {
    return {
      records: [],
      errors: [{ row: 1, message: 'The file is empty: it needs a header row.' }],
      extraColumns: [],
    };
  }
  const columns: ColumnMap = mapColumns(header, tab.headers);
  const required = tab.headers[1] ?? 'Name';
  if (columns[required] === undefined) {
    const message = `The header row has no "${required}" column.`;
    return { records: [], errors: [{ row: 1, message }], extraColumns: [] };
  }
  const known = new Set(Object.values(columns));
  const extraColumns = header.filter((cell, index) => !known.has(index) && cell.trim() !== '');
  const errors: CsvRowError[] = parsed.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message }));
  if (rows.length > MAX_CSV_ROWS) {
    errors.push({ row: MAX_CSV_ROWS + 2, message: `Only the first ${MAX_CSV_ROWS} rows are imported.` });
  }
  const records: CsvRecord[] = [];
  rows.slice(0, MAX_CSV_ROWS).forEach((row, index) => {
    const rowNumber = index + 2;
    const result = check(rowToRecord(row, columns));
    if (result.ok) records.push(result.value);
    else
      errors.push(
        ...result.issues.map((message) => ({ row: rowNumber, message: `Row ${rowNumber}: ${message}` })),
      );
  });
  return { records, errors, extraColumns };
}
