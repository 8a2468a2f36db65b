/**
 * Cell formats between the emulator and xlsx: what the writer shows in a cell, and what a person
 * changed in a spreadsheet program (compared field by field with what was written, because
 * LibreOffice and Excel add their own defaults — a font name, black text — to every cell).
 */
import ExcelJS from 'exceljs';
import type { CellFormat, CellFormatData } from '../apps-script/emulator/index.ts';

/** The format fields a person sees in the file and may change there. */
interface Shown {
  numberFormat?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontColor?: string;
  background?: string;
}
const SHOWN_KEYS = ['numberFormat', 'fontWeight', 'fontStyle', 'fontColor', 'background'] as const;

function hex(color: string | undefined, hidden: string): string | undefined {
  if (!color?.startsWith('#')) return undefined;
  const lower = color.toLowerCase();
  return lower === hidden ? undefined : lower;
}

function fromArgb(argb: string | undefined, hidden: string): string | undefined {
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? hex(`#${argb.slice(2)}`, hidden) : undefined;
}

function shownOf(f: CellFormat | undefined): Shown {
  return {
    numberFormat: f?.numberFormat === 'General' ? undefined : f?.numberFormat,
    fontWeight: f?.fontWeight === 'bold' ? 'bold' : undefined,
    fontStyle: f?.fontStyle === 'italic' ? 'italic' : undefined,
    fontColor: hex(f?.fontColor, '#000000'),
    background: hex(f?.background, '#ffffff'),
  };
}

function shownInFile(cell: ExcelJS.Cell): Shown {
  const fill = cell.fill;
  const background = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  return {
    numberFormat: cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined,
    fontWeight: cell.font?.bold ? 'bold' : undefined,
    fontStyle: cell.font?.italic ? 'italic' : undefined,
    fontColor: fromArgb(cell.font?.color?.argb, '#000000'),
    background: fromArgb(background, '#ffffff'),
  };
}

/** The number formats the writer gives a date cell that has none (xlsx needs one to show a date). */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/** The cell's format after the person's changes; undefined when they changed nothing. */
export function personFormat(written: CellFormat | undefined, cell: ExcelJS.Cell): CellFormat | undefined {
  const expected = shownOf(written);
  const seen = shownInFile(cell);
  const shown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (
    expected.numberFormat === undefined &&
    shown instanceof Date &&
    (seen.numberFormat === DATE_FORMAT || seen.numberFormat === DATE_TIME_FORMAT)
  )
    expected.numberFormat = seen.numberFormat;
  let merged: CellFormat | undefined;
  for (const key of SHOWN_KEYS) {
    if (seen[key] === expected[key]) continue;
    if (key === 'numberFormat' && sameNumberFormat(seen[key], expected[key])) continue;
    merged ??= { ...written };
    const value = seen[key];
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

// Excel and LibreOffice may respell a format when they save it: `yyyy\-mm\-dd`, a locale tag,
// a text section `;@`, another case. The same format respelled is not a person's change.
function sameNumberFormat(a: string | undefined, b: string | undefined): boolean {
  const plain = (f: string | undefined) =>
    (f ?? '')
      .replace(/\[\$-[^\]]*\]/g, '')
      .replace(/\\(.)/g, '$1')
      .replace(/"/g, '')
      .replace(/;@$/, '')
      .toLowerCase();
  return plain(a) === plain(b);
}

/** Finds the format the meta tab gives a cell (runs down a column, as snapshots write them). */
export function formatLookup(
  runs: readonly CellFormatData[],
): (row: number, column: number) => CellFormat | undefined {
  const byColumn = new Map<number, CellFormatData[]>();
  for (const run of runs) {
    const list = byColumn.get(run.column) ?? [];
    list.push(run);
    byColumn.set(run.column, list);
  }
  for (const list of byColumn.values()) list.sort((a, b) => a.row - b.row);
  return (row, column) => {
    const list = byColumn.get(column);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((list[mid]?.row ?? 0) <= row) lo = mid;
      else hi = mid - 1;
    }
    const run = list[lo];
    if (!run || run.row > row || row >= run.row + (run.rows ?? 1)) return undefined;
    const { row: _row, column: _column, rows: _rows, ...format } = run;
    return format;
  };
}

/** Shows a format in an xlsx cell. */
export function formatCell(cell: ExcelJS.Cell, f: CellFormat): void {
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
