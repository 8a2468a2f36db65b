/** xlsx bytes → WorkbookData: values and formulas from the cells, the rest from the meta tab. */
import ExcelJS from 'exceljs';
import { zonedDate } from '../apps-script/emulator/dates.ts';
import type {
  CellFormatData,
  CellFormula,
  CellValue,
  SheetData,
  WorkbookData,
} from '../apps-script/emulator/index.ts';
import { CorruptWorkbookError, ForeignWorkbookError } from './errors.ts';
import { formatLookup, personFormat } from './xlsx-format.ts';
import { FORMAT_VERSION, MARKER, META_SHEET, parseMeta, type SheetMeta } from './xlsx-meta.ts';
import { showsExactText } from './xlsx-text.ts';

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

/**
 * How to open a Partnerkit xlsx with exceljs: rules come from the meta tab, and exceljs would expand
 * each whole-column rule into a million cells.
 */
export const XLSX_READ_OPTIONS = {
  ignoreNodes: ['dataValidations', 'conditionalFormatting'],
} as Partial<ExcelJS.XlsxReadOptions>;

type Read = { value: CellValue; formula?: string };

function plainValue(value: unknown, timeZone: string): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return fromWallDate(value, timeZone);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((part: { text: string }) => part.text).join('');
  if ('hyperlink' in value && 'text' in value) return String(value.text);
  // Sheets' getValues gives an error cell's code ("#DIV/0!") as text.
  if ('error' in value) return String(value.error);
  return '';
}

// A formula keeps the value the spreadsheet program last computed (Excel and LibreOffice save it
// beside the formula); cell.formula also spells out each cell of an Excel shared formula.
function readCell(cell: ExcelJS.Cell, timeZone: string): Read {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    const value = plainValue(cell.result, timeZone);
    return formula ? { value, formula: `=${formula}` } : { value };
  }
  return { value: plainValue(cell.value, timeZone) };
}

function readSheet(ws: ExcelJS.Worksheet, meta: SheetMeta, timeZone: string, added = false): SheetData {
  const values: CellValue[][] = [];
  const formulas: CellFormula[] = [];
  let width = 0;
  let lastRow = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const read = readCell(cell, timeZone);
      if (read.formula) formulas.push({ row: r, column: c, formula: read.formula });
      if (read.value === '' && !read.formula) return;
      lastRow = r;
      if (c > width) width = c;
      if (read.value === '') return;
      let target = values[r - 1];
      if (!target) {
        target = [];
        values[r - 1] = target;
      }
      target[c - 1] = read.value;
    });
  });
  // Blank rows and columns a person left stay in place: holes become empty cells.
  for (let r = 0; r < lastRow; r += 1) {
    const row = values[r] ?? [];
    values[r] = row;
    for (let c = 0; c < width; c += 1) if (row[c] === undefined) row[c] = '';
  }
  for (const exact of meta.longTexts ?? []) {
    const row = values[exact.row - 1];
    const shown = row?.[exact.column - 1];
    if (row && typeof shown === 'string' && showsExactText(shown, exact.text))
      row[exact.column - 1] = exact.text;
  }
  const { longTexts: _longTexts, shownWidths, ...rest } = meta;
  const columnWidths = { ...rest.columnWidths, ...personWidths(ws, shownWidths, added) };
  return {
    ...rest,
    ...(Object.keys(columnWidths).length > 0 ? { columnWidths } : {}),
    maxRows: Math.max(meta.maxRows, lastRow),
    maxColumns: Math.max(meta.maxColumns, width),
    values,
    formulas,
    formats: [...(meta.formats ?? []), ...personFormats(ws, meta.formats ?? [], lastRow)],
  };
}

// Excel and LibreOffice round a width they save; a person's change is more than that. On a tab
// the writer never showed (one a person added), every width in the file is theirs.
const WIDTH_SLACK = 1;

/** Widths (pixels, as setColumnWidth keeps them) that a person changed in the file. */
function personWidths(
  ws: ExcelJS.Worksheet,
  shown: Record<string, number> | undefined,
  added: boolean,
): Record<string, number> {
  const widths: Record<string, number> = {};
  // A file from before the writer remembered its widths cannot tell a person's from its own.
  if (!shown && !added) return widths;
  const columns = (ws as unknown as { _columns?: (ExcelJS.Column | undefined)[] })._columns ?? [];
  columns.forEach((col, i) => {
    const width = col?.width;
    if (width === undefined || col?.hidden) return;
    const written = shown?.[String(i + 1)];
    if (written === undefined ? added : Math.abs(width - written) > WIDTH_SLACK)
      widths[String(i + 1)] = Math.round(width * 7);
  });
  return widths;
}

// The writer shows formats in the content rows only, so only there can a person have changed them.
// exceljs's own iteration with includeEmpty creates a Cell for every gap; its parsed cells (styled
// empty ones included) are already in each row's sparse _cells.
function personFormats(ws: ExcelJS.Worksheet, written: readonly CellFormatData[], lastRow: number) {
  const writtenAt = formatLookup(written);
  const changed: CellFormatData[] = [];
  const rows = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
  for (let r = 1; r <= Math.min(lastRow, rows.length); r += 1) {
    const cells = (rows[r - 1] as unknown as { _cells?: (ExcelJS.Cell | undefined)[] } | undefined)?._cells;
    cells?.forEach((cell, i) => {
      const format = cell && personFormat(writtenAt(r, i + 1), cell);
      if (format) changed.push({ row: r, column: i + 1, ...format });
    });
  }
  return changed;
}

/** Decodes a Partnerkit xlsx; throws Corrupt/ForeignWorkbookError for anything else. */
export async function decodeWorkbook(bytes: Uint8Array, path: string): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, XLSX_READ_OPTIONS);
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
  for (const sheetMeta of meta.sheets)
    if (!wb.getWorksheet(sheetMeta.name))
      throw new CorruptWorkbookError(`${path} has lost its "${sheetMeta.name}" tab.`);
  // Tabs in the order the person sees them; a tab they added is read as a plain tab.
  const known = new Map(meta.sheets.map((sheet) => [sheet.name, sheet]));
  let nextId = Math.max(0, ...meta.sheets.map((sheet) => sheet.sheetId)) + 1;
  const sheets = wb.worksheets
    .filter((ws) => ws.name !== META_SHEET)
    .map((ws) => {
      const sheetMeta = known.get(ws.name);
      if (sheetMeta) return readSheet(ws, sheetMeta, meta.timeZone);
      return readSheet(ws, addedTab(ws, nextId++), meta.timeZone, true);
    });
  return { ...meta, sheets };
}

/** What the meta tab would hold for a tab a person added: Sheets' default grid, their frozen panes. */
function addedTab(ws: ExcelJS.Worksheet, sheetId: number): SheetMeta {
  const view = (ws.views ?? []).find((v) => v.state === 'frozen') as
    | Partial<ExcelJS.WorksheetViewFrozen>
    | undefined;
  return {
    name: ws.name,
    sheetId,
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: view?.ySplit ?? 0,
    frozenColumns: view?.xSplit ?? 0,
    ...(ws.state === 'visible' ? {} : { hidden: true }),
  };
}
