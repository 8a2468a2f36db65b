/** xlsx bytes → WorkbookData: values and formulas from the cells, the rest from the meta tab. */
import ExcelJS from 'exceljs';
import { zonedDate } from '../apps-script/emulator/dates.ts';
import type { CellFormula, CellValue, SheetData, WorkbookData } from '../apps-script/emulator/index.ts';
import { CorruptWorkbookError, ForeignWorkbookError } from './errors.ts';
import { FORMAT_VERSION, MARKER, META_SHEET, parseMeta, type SheetMeta } from './xlsx-meta.ts';

/** A Date read from xlsx (wall time in UTC fields) back to the instant in the workbook's zone. */
function fromWallDate(d: Date, timeZone: string): Date {
  return zonedDate(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    timeZone,
  );
}

type Read = { value: CellValue; formula?: string };

function readCell(value: ExcelJS.CellValue, timeZone: string): Read {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: fromWallDate(value, timeZone) };
  if ('formula' in value && typeof value.formula === 'string')
    return { value: '', formula: `=${value.formula}` };
  if ('sharedFormula' in value) return { value: '', formula: `=${String(value.sharedFormula)}` };
  if ('richText' in value) return { value: value.richText.map((part) => part.text).join('') };
  if ('hyperlink' in value) return { value: String(value.text) };
  if ('error' in value) return { value: String(value.error) };
  return { value: '' };
}

function readSheet(ws: ExcelJS.Worksheet, meta: SheetMeta, timeZone: string): SheetData {
  const values: CellValue[][] = [];
  const formulas: CellFormula[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const read = readCell(cell.value, timeZone);
      if (read.formula) formulas.push({ row: r, column: c, formula: read.formula });
      if (read.value === '') return;
      const target = values[r - 1] ?? [];
      values[r - 1] = target;
      target[c - 1] = read.value;
    });
  });
  for (const long of meta.longTexts ?? []) {
    const row = values[long.row - 1];
    const current = row?.[long.column - 1];
    if (row && typeof current === 'string' && long.text.startsWith(current)) row[long.column - 1] = long.text;
  }
  const width = Math.max(0, ...values.map((row) => row?.length ?? 0));
  const rect = Array.from({ length: values.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => values[r]?.[c] ?? ''),
  );
  const { longTexts: _longTexts, ...rest } = meta;
  return {
    ...rest,
    maxRows: Math.max(meta.maxRows, rect.length),
    maxColumns: Math.max(meta.maxColumns, width),
    values: rect,
    formulas,
  };
}

/** Decodes a Partnerkit xlsx; throws Corrupt/ForeignWorkbookError for anything else. */
export async function decodeWorkbook(bytes: Uint8Array, path: string): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new CorruptWorkbookError(`${path} is not a readable xlsx file (${(error as Error).message}).`);
  }
  const metaSheet = wb.getWorksheet(META_SHEET);
  if (!metaSheet || metaSheet.getCell(1, 1).value !== MARKER)
    throw new ForeignWorkbookError(`${path} is a spreadsheet that Partnerkit did not make.`);
  if (metaSheet.getCell(1, 2).value !== FORMAT_VERSION)
    throw new ForeignWorkbookError(`${path} was written by another version of Partnerkit's local workbook.`);
  const chunks: string[] = [];
  for (let r = 2; r <= metaSheet.rowCount; r += 1) chunks.push(String(metaSheet.getCell(r, 1).value ?? ''));
  let meta: ReturnType<typeof parseMeta>;
  try {
    meta = parseMeta(chunks);
  } catch (error) {
    throw new CorruptWorkbookError(`${path} has damaged Partnerkit data (${(error as Error).message}).`);
  }
  const sheets = meta.sheets.map((sheetMeta) => {
    const ws = wb.getWorksheet(sheetMeta.name);
    if (!ws) throw new CorruptWorkbookError(`${path} has lost its "${sheetMeta.name}" tab.`);
    return readSheet(ws, sheetMeta, meta.timeZone);
  });
  return { ...meta, sheets };
}
