/** WorkbookData ⇄ the fakes: snapshots for persistence and loading a saved workbook. */
import { columnLetters, parseA1, splitSheetName } from './a1.ts';
import { type CellValue, isDate } from './cell-input.ts';
import { FakeEmbeddedChart } from './chart.ts';
import { FakeConditionalFormatRule } from './conditional-format.ts';
import { FakeDataValidation } from './data-validation.ts';
import { DESCRIBE, FakeRange } from './fake-range.ts';
import type { FakeSheet } from './fake-sheet.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { FakeProtection } from './protection.ts';
import { unwrap } from './tracking.ts';
import type { CellFormat, CellFormatData, ChartData, SheetData, ValidationData } from './workbook-data.ts';

/** A host copy of any value a rule or option may hold (realm Dates and objects included). */
function toHost(value: unknown): unknown {
  if (isDate(value)) return new Date(value.getTime());
  if (typeof value === 'object' && value !== null) {
    const raw = unwrap(value);
    if (raw instanceof FakeRange) return raw[DESCRIBE]();
    return JSON.parse(JSON.stringify(value)) as unknown;
  }
  return value;
}

/** Serialisable description of one tab. */
export function snapshotSheet(sheet: FakeSheet): SheetData {
  const grid = sheet._grid;
  const lastRow = grid.lastRow();
  const lastColumn = grid.lastColumn();
  const values: CellValue[][] = Array.from({ length: lastRow }, () =>
    new Array<CellValue>(lastColumn).fill(''),
  );
  const data: SheetData = {
    name: sheet.getName(),
    sheetId: sheet.sheetId,
    maxRows: grid.maxRows,
    maxColumns: grid.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    values,
    formulas: [],
    formats: [],
    notes: [],
    validations: [],
  };
  if (sheet.hidden) data.hidden = true;
  if (sheet.tabColor) data.tabColor = sheet.tabColor;
  const rules = new Map<FakeDataValidation, Map<number, number[]>>();
  const formats: FormattedCell[] = [];
  grid.forEachCell((cell, row, column) => {
    if (row <= lastRow && column <= lastColumn) {
      const target = values[row - 1];
      if (target) target[column - 1] = isDate(cell.value) ? new Date(cell.value.getTime()) : cell.value;
    }
    if (cell.formula !== undefined) data.formulas?.push({ row, column, formula: cell.formula });
    if (cell.format && Object.keys(cell.format).length > 0)
      formats.push({ row, column, format: cell.format });
    if (cell.note) data.notes?.push({ row, column, note: cell.note });
    if (cell.validation) {
      const byColumn = rules.get(cell.validation) ?? new Map<number, number[]>();
      byColumn.set(column, [...(byColumn.get(column) ?? []), row]);
      rules.set(cell.validation, byColumn);
    }
  });
  data.validations = [...rules].flatMap(([rule, byColumn]) => validationRuns(rule, byColumn));
  data.formats = formatRuns(formats);
  if (sheet.columnWidths.size > 0)
    data.columnWidths = Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [String(c), w]));
  data.conditionalFormats = sheet.conditionalFormatRules.map((rule) => ({
    ranges: rule.settings.ranges.map((r) => unwrap(r).getA1Notation()),
    criteria: rule.settings.criteria,
    values: rule.settings.values.map(toHost),
    format: { ...rule.settings.format },
  }));
  data.protections = sheet.protections.map((p) => ({
    type: p.type,
    ...(p.range ? { a1: p.range.getA1Notation() } : {}),
    description: p.description,
    warningOnly: p.warningOnly,
    editors: [...p.editors].sort(),
    unprotectedRanges: p.unprotected.map((r) => r.getA1Notation()),
  }));
  data.charts = sheet.charts.map(
    (chart): ChartData => ({
      id: chart.settings.id,
      type: chart.settings.type,
      ranges: chart.settings.ranges.map((r) => unwrap(r)[DESCRIBE]()),
      position: { ...chart.settings.position },
      options: Object.fromEntries([...chart.settings.options].map(([k, v]) => [k, toHost(v)])),
    }),
  );
  return data;
}

interface FormattedCell {
  row: number;
  column: number;
  format: CellFormat;
}

// Tools format whole columns: one entry per run of equal formats down a column keeps data small.
// Cells mostly share format objects, so each object is turned into its key once.
function formatRuns(cells: FormattedCell[]): CellFormatData[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: CellFormatData[] = [];
  const keys = new Map<CellFormat, string>();
  let key = '';
  for (const { row, column, format } of sorted) {
    const last = runs.at(-1);
    let formatKey = keys.get(format);
    if (formatKey === undefined) {
      formatKey = JSON.stringify(format);
      keys.set(format, formatKey);
    }
    if (last && last.column === column && last.row + (last.rows ?? 1) === row && key === formatKey)
      last.rows = (last.rows ?? 1) + 1;
    else runs.push({ row, column, ...format });
    key = formatKey;
  }
  return runs;
}

// One rectangle per run of consecutive rows in a column with the same rule.
function validationRuns(rule: FakeDataValidation, byColumn: Map<number, number[]>): ValidationData[] {
  const runs: ValidationData[] = [];
  const s = rule.settings;
  for (const [column, rows] of byColumn) {
    rows.sort((a, b) => a - b);
    let start = rows[0] ?? 1;
    for (let i = 1; i <= rows.length; i += 1) {
      const prev = rows[i - 1] ?? start;
      if (rows[i] !== prev + 1) {
        const col = columnLetters(column);
        runs.push({
          a1: start === prev ? `${col}${start}` : `${col}${start}:${col}${prev}`,
          criteria: s.criteria,
          values: s.values.map(toHost),
          allowInvalid: s.allowInvalid,
          ...(s.helpText === null ? {} : { helpText: s.helpText }),
        });
        start = rows[i] ?? start;
      }
    }
  }
  return runs;
}

/** Fills a new tab from its description; charts are resolved later (they may name other tabs). */
export function loadSheet(sheet: FakeSheet, data: SheetData): void {
  const grid = sheet._grid;
  data.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== '' && value !== null && value !== undefined)
        grid.cell(r + 1, c + 1).value = isDate(value) ? new Date(value.getTime()) : value;
    });
  });
  for (const f of data.formulas ?? []) grid.cell(f.row, f.column).formula = f.formula;
  // One format object per run, shared by its cells (formats are never changed in place).
  for (const { row, column, rows = 1, ...format } of data.formats ?? [])
    for (let r = row; r < row + rows; r += 1) grid.cell(r, column).format = format;
  for (const n of data.notes ?? []) grid.cell(n.row, n.column).note = n.note;
  sheet.frozenRows = data.frozenRows;
  sheet.frozenColumns = data.frozenColumns;
  sheet.hidden = data.hidden ?? false;
  sheet.tabColor = data.tabColor ?? null;
  for (const [c, w] of Object.entries(data.columnWidths ?? {})) sheet.columnWidths.set(Number(c), w);
  for (const v of data.validations ?? []) {
    const rule = new FakeDataValidation({
      criteria: v.criteria as FakeDataValidation['settings']['criteria'],
      values: v.values,
      allowInvalid: v.allowInvalid,
      helpText: v.helpText ?? null,
    });
    const range = sheet._rangeA1(v.a1);
    for (let r = 0; r < range.numRows; r += 1)
      for (let c = 0; c < range.numColumns; c += 1)
        grid.cell(range.row + r, range.column + c).validation = rule;
  }
  sheet.conditionalFormatRules = (data.conditionalFormats ?? []).map(
    (cf) =>
      new FakeConditionalFormatRule({
        ranges: cf.ranges.map((a1) => sheet._rangeA1(a1)),
        criteria: cf.criteria,
        values: cf.values,
        format: { ...cf.format },
      }),
  );
  sheet.protections = (data.protections ?? []).map((p) => {
    const protection = new FakeProtection(p.type, sheet, p.a1 ? sheet._rangeA1(p.a1) : undefined, p.editors);
    protection.description = p.description;
    protection.warningOnly = p.warningOnly;
    protection.unprotected = (p.unprotectedRanges ?? []).map((a1) => sheet._rangeA1(a1));
    return protection;
  });
}

/** Rebuilds a tab's charts once every tab exists. */
export function loadCharts(
  spreadsheet: FakeSpreadsheet,
  sheet: FakeSheet,
  charts: readonly ChartData[],
): void {
  sheet.charts = charts.map(
    (c) =>
      new FakeEmbeddedChart(sheet, {
        id: c.id,
        type: c.type,
        ranges: c.ranges.map((ref) => resolveRange(spreadsheet, sheet, ref)),
        position: { ...c.position },
        options: new Map(Object.entries(c.options)),
      }),
  );
}

function resolveRange(spreadsheet: FakeSpreadsheet, fallback: FakeSheet, ref: string): FakeRange {
  const { sheetName, range } = splitSheetName(ref);
  const sheet =
    sheetName === undefined
      ? fallback
      : (spreadsheet._sheets.find((s) => s.getName() === sheetName) ?? fallback);
  if (!parseA1(range)) throw new Error(`Bad chart range ${ref}`);
  return sheet._rangeA1(range);
}
