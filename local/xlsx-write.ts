/**
 * WorkbookData → xlsx bytes: values, formulas, formats and frozen rows a person sees, written row
 * by row (exceljs's streaming writer), so a save never holds a second copy of every cell.
 */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { wallTime } from '../apps-script/emulator/dates.ts';
import type {
  CellFormat,
  CellFormatData,
  CellFormula,
  CellValue,
  SheetData,
  WorkbookData,
} from '../apps-script/emulator/index.ts';
import { DATE_FORMAT, DATE_TIME_FORMAT, formatCell } from './xlsx-format.ts';
import { needsWrap, type SheetLayout, sheetLayout } from './xlsx-layout.ts';
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

function writeValue(cell: ExcelJS.Cell, value: CellValue, at: LongText, exact: LongText[], timeZone: string) {
  if (value instanceof Date) {
    const wall = toWallDate(value, timeZone);
    cell.value = wall;
    cell.numFmt = isMidnight(wall) ? DATE_FORMAT : DATE_TIME_FORMAT;
  } else if (typeof value === 'string' && needsExactCopy(value)) {
    exact.push({ ...at, text: value });
    cell.value = visibleText(value);
  } else {
    cell.value = value;
  }
}

// The formula's last value goes beside it, as Excel and LibreOffice save it, so a program that
// does not recalculate on open (and the next load) still shows it.
function writeFormula(cell: ExcelJS.Cell, formula: string, value: CellValue, timeZone: string): void {
  const result =
    typeof value === 'string'
      ? visibleText(value)
      : value instanceof Date
        ? toWallDate(value, timeZone)
        : value;
  cell.value = {
    formula: formula.replace(/^=/, ''),
    ...(value === '' ? {} : { result }),
  } as ExcelJS.CellFormulaValue;
  if (result instanceof Date) cell.numFmt = DATE_TIME_FORMAT;
}

/**
 * The format of each formatted cell of a row, rows asked for in increasing order. As when the
 * emulator loads runs, a later run over the same cell replaces an earlier one.
 */
function formatsByRow(runs: readonly CellFormatData[]): (row: number) => Map<number, CellFormat> {
  const pending = runs
    .map((run, index) => ({ run, index }))
    .sort((a, b) => b.run.row - a.run.row || b.index - a.index);
  let active: { column: number; format: CellFormat; end: number; index: number }[] = [];
  return (row) => {
    active = active.filter((entry) => entry.end >= row);
    while ((pending.at(-1)?.run.row ?? Number.POSITIVE_INFINITY) <= row) {
      const next = pending.pop();
      if (!next) break;
      const { row: start, column, rows = 1, ...format } = next.run;
      if (start + rows - 1 >= row) active.push({ column, format, end: start + rows - 1, index: next.index });
    }
    active.sort((a, b) => a.index - b.index);
    return new Map(active.map((entry) => [entry.column, entry.format]));
  };
}

function formulasByRow(formulas: readonly CellFormula[]): Map<number, CellFormula[]> {
  const byRow = new Map<number, CellFormula[]>();
  for (const f of formulas) {
    const list = byRow.get(f.row) ?? [];
    list.push(f);
    byRow.set(f.row, list);
  }
  return byRow;
}

// Formats reach the cells a person sees (the content rows); the meta tab keeps them all.
function writeRows(
  ws: ExcelJS.Worksheet,
  sheet: SheetData,
  layout: SheetLayout,
  timeZone: string,
  exact: LongText[],
): void {
  const formats = formatsByRow(sheet.formats ?? []);
  const formulas = formulasByRow(sheet.formulas ?? []);
  sheet.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === '') return;
      const cell = row.getCell(c + 1);
      writeValue(cell, value, { row: r + 1, column: c + 1, text: '' }, exact, timeZone);
      if (r > 0 && needsWrap(value, layout.widths.get(c + 1)))
        cell.alignment = { wrapText: true, vertical: 'top' };
    });
    for (const f of formulas.get(r + 1) ?? [])
      writeFormula(row.getCell(f.column), f.formula, values[f.column - 1] ?? '', timeZone);
    for (const [column, format] of formats(r + 1)) formatCell(row.getCell(column), format);
    row.commit();
  });
}

function sheetMeta(sheet: SheetData, longTexts: LongText[], layout: SheetLayout): SheetMeta {
  const { values: _values, formulas: _formulas, ...meta } = sheet;
  const shownWidths = Object.fromEntries(
    [...layout.widths].map(([column, width]) => [String(column), Math.round(width * 100) / 100]),
  );
  return { ...meta, ...(longTexts.length > 0 ? { longTexts } : {}), shownWidths };
}

/** A tab's autofilter as Excel names it in the workbook. */
interface FilterName {
  name: '_xlnm._FilterDatabase';
  localSheetId: number;
  ranges: string[];
}

function filterName(sheet: string, index: number, range: string): FilterName {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return {
    name: '_xlnm._FilterDatabase',
    localSheetId: index,
    ranges: [`'${sheet.replace(/'/g, "''")}'!${absolute}`],
  };
}

// LibreOffice keeps a tab's filter only with Excel's _FilterDatabase name beside it, which
// exceljs's streaming writer does not write: its workbook part is given the names directly.
function nameFilters(wb: ExcelJS.stream.xlsx.WorkbookWriter, filters: FilterName[]): void {
  (wb as unknown as { _definedNames: { model: FilterName[] } })._definedNames = { model: filters };
}

/** Encodes a workbook as xlsx. */
export async function encodeWorkbook(data: WorkbookData): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = 'Partnerkit';
  const metas: SheetMeta[] = [];
  const filters: FilterName[] = [];
  for (const [index, sheet] of data.sheets.entries()) {
    const layout = sheetLayout(sheet);
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views:
        layout.frozenRows || sheet.frozenColumns
          ? [{ state: 'frozen', ySplit: layout.frozenRows, xSplit: sheet.frozenColumns }]
          : [],
    });
    for (const [column, width] of layout.widths) ws.getColumn(column).width = width;
    for (const column of layout.hidden) ws.getColumn(column).hidden = true;
    if (layout.filter) {
      ws.autoFilter = layout.filter;
      filters.push(filterName(sheet.name, index, layout.filter));
    }
    const longTexts: LongText[] = [];
    writeRows(ws, sheet, layout, data.timeZone, longTexts);
    writeValidations(ws, sheet.validations ?? [], sheet);
    ws.commit();
    metas.push(sheetMeta(sheet, longTexts, layout));
  }
  nameFilters(wb, filters);
  const { sheets: _sheets, ...workbookMeta } = data;
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const head = meta.getRow(1);
  head.getCell(1).value = MARKER;
  head.getCell(2).value = FORMAT_VERSION;
  head.commit();
  chunkJson({ ...workbookMeta, sheets: metas }).forEach((chunk, i) => {
    const row = meta.getRow(i + 2);
    row.getCell(1).value = chunk;
    row.commit();
  });
  meta.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
