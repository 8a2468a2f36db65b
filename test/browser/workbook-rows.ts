/** Reads a tab of the local workbook file (xlsx) as records keyed by header, to see what arrived. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseJournal } from '../../local/save/journal.ts';
import { XLSX_READ_OPTIONS } from '../../local/xlsx-read.ts';

/** Waits (up to 10 s) until the xlsx holds every clip acknowledged so far (the journal marks it). */
async function saved(dataDir: string): Promise<void> {
  const journal = join(dataDir, 'partnerkit.journal');
  for (let waited = 0; waited < 10_000 && existsSync(journal); waited += 50) {
    const { entries, held } = parseJournal(readFileSync(journal, 'utf8'));
    if ((entries.at(-1)?.seq ?? 0) <= held) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The rows of a tab, each as { header: text }; empty when the file or tab is not there yet. */
export async function readTab(dataDir: string, tab: string): Promise<Record<string, string>[]> {
  await saved(dataDir);
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
