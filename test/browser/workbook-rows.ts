/** Reads a tab of the local workbook file (xlsx) as records keyed by header, to see what arrived. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XLSX_READ_OPTIONS } from '../../local/xlsx-read.ts';

/** The rows of a tab, each as { header: text }; empty when the file or tab is not there yet. */
export async function readTab(dataDir: string, tab: string): Promise<Record<string, string>[]> {
  const file = join(dataDir, 'partnerkit.xlsx');
  if (!existsSync(file)) return [];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file, XLSX_READ_OPTIONS);
  const sheet = workbook.getWorksheet(tab);
  if (!sheet) return [];
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Record<string, string> = {};
    headers.forEach((header, column) => {
      if (!header) return;
      const cell = row.getCell(column);
      // A date cell reads as YYYY-MM-DD, as the sheet shows it, not as a JavaScript date string.
      record[header] = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text;
    });
    rows.push(record);
  });
  return rows;
}
