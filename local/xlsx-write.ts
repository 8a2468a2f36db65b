/** WorkbookData → xlsx bytes (exceljs): values, formulas, formats and frozen rows a person sees. */
import ExcelJS from 'exceljs';
import { wallTime } from '../apps-script/emulator/dates.ts';
import type { CellValue, SheetData, WorkbookData } from '../apps-script/emulator/index.ts';
import { DATE_FORMAT, DATE_TIME_FORMAT, formatCell } from './xlsx-format.ts';
import { chunkJson, FORMAT_VERSION, type LongText, MARKER, META_SHEET, type SheetMeta } from './xlsx-meta.ts';
import { needsExactCopy, visibleText } from './xlsx-text.ts';
import { writeValidations } from './xlsx-validation.ts';

/** A Date whose UTC fields are its wall-clock time in the workbook's zone (xlsx has no zones). */
function toWallDate(date: Date, timeZone: string): Date {
  const w = wallTime(date, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, date.getTime() % 1000));
}

function isMidnight(d: Date): boolean {
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
}

function toXlsxValue(value: CellValue, timeZone: string): Date | string | number | boolean {
  return value instanceof Date ? toWallDate(value, timeZone) : value;
}

function writeValues(ws: ExcelJS.Worksheet, sheet: SheetData, timeZone: string, exact: LongText[]): void {
  sheet.values.forEach((row, r) => {
    row.forEach((value: CellValue, c) => {
      if (value === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      if (value instanceof Date) {
        const wall = toWallDate(value, timeZone);
        cell.value = wall;
        cell.numFmt = isMidnight(wall) ? DATE_FORMAT : DATE_TIME_FORMAT;
      } else if (typeof value === 'string' && needsExactCopy(value)) {
        exact.push({ row: r + 1, column: c + 1, text: value });
        cell.value = visibleText(value);
      } else {
        cell.value = value;
      }
    });
  });
  // The formula's last value goes beside it, as Excel and LibreOffice save it, so a program that
  // does not recalculate on open (and the next load) still shows it.
  for (const f of sheet.formulas ?? []) {
    const value = sheet.values[f.row - 1]?.[f.column - 1] ?? '';
    const result = typeof value === 'string' ? visibleText(value) : toXlsxValue(value, timeZone);
    const cell = ws.getCell(f.row, f.column);
    cell.value = {
      formula: f.formula.replace(/^=/, ''),
      ...(value === '' ? {} : { result }),
    } as ExcelJS.CellFormulaValue;
    if (result instanceof Date) cell.numFmt = DATE_TIME_FORMAT;
  }
}

// Formats reach the cells a person sees (the content area); the meta tab keeps them all.
function writeFormats(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  const lastRow = sheet.values.length;
  for (const { row, rows = 1, ...f } of sheet.formats ?? [])
    for (let r = row; r < Math.min(row + rows, lastRow + 1); r += 1) formatCell(ws.getCell(r, f.column), f);
  for (const [column, px] of Object.entries(sheet.columnWidths ?? {}))
    ws.getColumn(Number(column)).width = px / 7;
}

function sheetMeta(sheet: SheetData, longTexts: LongText[]): SheetMeta {
  const { values: _values, formulas: _formulas, ...meta } = sheet;
  return longTexts.length > 0 ? { ...meta, longTexts } : meta;
}

/** Encodes a workbook as xlsx. */
export async function encodeWorkbook(data: WorkbookData): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Partnerkit';
  const metas: SheetMeta[] = [];
  for (const sheet of data.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views:
        sheet.frozenRows || sheet.frozenColumns
          ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }]
          : [],
    });
    const longTexts: LongText[] = [];
    writeValues(ws, sheet, data.timeZone, longTexts);
    writeFormats(ws, sheet);
    writeValidations(ws, sheet.validations ?? [], sheet.maxRows);
    metas.push(sheetMeta(sheet, longTexts));
  }
  const { sheets: _sheets, ...workbookMeta } = data;
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.getCell(1, 1).value = MARKER;
  meta.getCell(1, 2).value = FORMAT_VERSION;
  chunkJson({ ...workbookMeta, sheets: metas }).forEach((chunk, i) => {
    meta.getCell(i + 2, 1).value = chunk;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
