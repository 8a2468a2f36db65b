/** WorkbookData → xlsx bytes (exceljs): values, formulas, formats and frozen rows a person sees. */
import ExcelJS from 'exceljs';
import { wallTime } from '../apps-script/emulator/dates.ts';
import type { CellFormat, CellValue, SheetData, WorkbookData } from '../apps-script/emulator/index.ts';
import {
  chunkJson,
  FORMAT_VERSION,
  type LongText,
  MARKER,
  META_SHEET,
  type SheetMeta,
  XLSX_CELL_LIMIT,
} from './xlsx-meta.ts';

/** A Date whose UTC fields are its wall-clock time in the workbook's zone (xlsx has no zones). */
function toWallDate(date: Date, timeZone: string): Date {
  const w = wallTime(date, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, date.getTime() % 1000));
}

function isMidnight(d: Date): boolean {
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
}

function writeValues(ws: ExcelJS.Worksheet, sheet: SheetData, timeZone: string, longTexts: LongText[]): void {
  sheet.values.forEach((row, r) => {
    row.forEach((value: CellValue, c) => {
      if (value === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      if (value instanceof Date) {
        const wall = toWallDate(value, timeZone);
        cell.value = wall;
        cell.numFmt = isMidnight(wall) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
      } else if (typeof value === 'string' && value.length > XLSX_CELL_LIMIT) {
        longTexts.push({ row: r + 1, column: c + 1, text: value });
        cell.value = value.slice(0, XLSX_CELL_LIMIT);
      } else {
        cell.value = value;
      }
    });
  });
  for (const f of sheet.formulas ?? [])
    ws.getCell(f.row, f.column).value = { formula: f.formula.replace(/^=/, '') };
}

// Formats reach the cells a person sees (the content area); the meta tab keeps them all.
function writeFormats(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  const lastRow = sheet.values.length;
  for (const { row, rows = 1, ...f } of sheet.formats ?? [])
    for (let r = row; r < Math.min(row + rows, lastRow + 1); r += 1) formatCell(ws.getCell(r, f.column), f);
  for (const [column, px] of Object.entries(sheet.columnWidths ?? {}))
    ws.getColumn(Number(column)).width = px / 7;
}

function formatCell(cell: ExcelJS.Cell, f: CellFormat): void {
  if (f.numberFormat) cell.numFmt = f.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (f.fontWeight === 'bold') font.bold = true;
  if (f.fontStyle === 'italic') font.italic = true;
  if (f.fontColor?.startsWith('#')) font.color = { argb: `FF${f.fontColor.slice(1).toUpperCase()}` };
  if (f.fontSize) font.size = f.fontSize;
  if (Object.keys(font).length > 0) cell.font = font;
  if (f.background?.startsWith('#') && f.background.toLowerCase() !== '#ffffff')
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${f.background.slice(1).toUpperCase()}` },
    };
  if (f.wrap || f.horizontalAlignment)
    cell.alignment = {
      wrapText: f.wrap ?? false,
      ...(f.horizontalAlignment
        ? { horizontal: f.horizontalAlignment as ExcelJS.Alignment['horizontal'] }
        : {}),
    };
}

// Drop-down lists help a person editing in Calc or Excel; other rules live in the meta tab only.
function writeValidations(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  const validations = (
    ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of sheet.validations ?? []) {
    const list =
      v.criteria === 'VALUE_IN_LIST' && Array.isArray(v.values[0]) ? (v.values[0] as unknown[]) : undefined;
    if (!list) continue;
    const text = list.map(String).join(',');
    if (text.length > 250 || text.includes('"')) continue;
    validations.add(v.a1, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${text}"`],
      showErrorMessage: !v.allowInvalid,
    });
  }
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
    writeValidations(ws, sheet);
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
