/** Sheet: the grid's size and growth, A1 and numeric ranges, protections, charts, rules. */
import { parseA1 } from './a1.ts';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder, newChartSettings } from './chart.ts';
import type { FakeConditionalFormatRule } from './conditional-format.ts';
import type { Emulates } from './emulates.ts';
import { type Env, signatureError } from './env.ts';
import { FakeRange } from './fake-range.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { Grid } from './grid.ts';
import { FakeProtection, PROTECTED_MESSAGE } from './protection.ts';
import { APPS_SCRIPT_TYPE, type Emulated, unwrap } from './tracking.ts';

type SheetApi = GoogleAppsScript.Spreadsheet.Sheet;

const OUT_OF_BOUNDS = 'The coordinates of the range are outside the dimensions of the sheet.';

/** One tab of the spreadsheet. Members starting with `_` are for the emulator, not the bundle. */
export class FakeSheet
  implements
    Emulated,
    Emulates<
      SheetApi,
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getFrozenRows'
      | 'getFrozenColumns'
      | 'getName'
      | 'getSheetId'
      | 'getIndex'
      | 'isSheetHidden'
      | 'getColumnWidth'
    >
{
  readonly [APPS_SCRIPT_TYPE] = 'Sheet';
  readonly _grid: Grid;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  protections: FakeProtection[] = [];
  charts: FakeEmbeddedChart[] = [];
  conditionalFormatRules: FakeConditionalFormatRule[] = [];

  constructor(
    readonly _spreadsheet: FakeSpreadsheet,
    readonly _env: Env,
    private name: string,
    readonly sheetId: number,
    maxRows = 1000,
    maxColumns = 26,
  ) {
    this._grid = new Grid(maxRows, maxColumns);
  }

  _timeZone(): string {
    return this._spreadsheet.getSpreadsheetTimeZone();
  }

  /** A range by 1-based coordinates, checked against the grid as Apps Script does. */
  _rangeAt(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    for (const n of [row, column, numRows, numColumns])
      if (typeof n !== 'number' || !Number.isFinite(n))
        throw signatureError('SpreadsheetApp.Sheet', 'getRange', [row, column, numRows, numColumns]);
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    const r = Math.floor(row);
    const c = Math.floor(column);
    const nr = Math.floor(numRows);
    const nc = Math.floor(numColumns);
    if (r + nr - 1 > this._grid.maxRows || c + nc - 1 > this._grid.maxColumns) throw new Error(OUT_OF_BOUNDS);
    return new FakeRange(this, r, c, nr, nc);
  }

  /** A range by A1 notation (no sheet name). */
  _rangeA1(a1: string): FakeRange {
    const box = parseA1(a1);
    if (!box) throw new Error('Range not found');
    const lastRow = box.lastRow ?? this._grid.maxRows;
    const lastColumn = box.lastColumn ?? this._grid.maxColumns;
    if (lastRow > this._grid.maxRows || lastColumn > this._grid.maxColumns)
      throw new Error('Range not found');
    const top = Math.min(box.row, lastRow);
    const left = Math.min(box.column, lastColumn);
    return this._rangeAt(top, left, Math.abs(lastRow - box.row) + 1, Math.abs(lastColumn - box.column) + 1);
  }

  _protectRange(range: FakeRange): FakeProtection {
    const protection = new FakeProtection('RANGE', this, range, this._defaultEditors());
    this.protections.push(protection);
    return protection;
  }

  /** Throws Sheets' refusal when the current user may not write to this block (1-based). */
  _checkEditable(row: number, column: number, numRows: number, numColumns: number): void {
    const user = this._env.execution.effectiveUser;
    for (const protection of this.protections)
      if (!protection._allows(user) && protection._covers(row, column, numRows, numColumns))
        throw new Error(PROTECTED_MESSAGE);
  }

  _removeProtection(protection: FakeProtection): void {
    this.protections = this.protections.filter((p) => p !== protection);
  }

  private _defaultEditors(): string[] {
    return [this._env.drive.file(this._spreadsheet.getId()).owner, this._env.execution.effectiveUser];
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof rowOrA1 === 'string') return this._rangeA1(rowOrA1);
    if (column === undefined) throw signatureError('SpreadsheetApp.Sheet', 'getRange', [rowOrA1]);
    return this._rangeAt(rowOrA1, column, numRows ?? 1, numColumns ?? 1);
  }
  getDataRange(): FakeRange {
    return this._rangeAt(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    const nr = numRows === -1 ? this.getLastRow() - row + 1 : numRows;
    const nc = numColumns === -1 ? this.getLastColumn() - column + 1 : numColumns;
    return this._rangeAt(row, column, nr, nc).getValues();
  }
  getLastRow(): number {
    return this._grid.lastRow();
  }
  getLastColumn(): number {
    return this._grid.lastColumn();
  }
  getMaxRows(): number {
    return this._grid.maxRows;
  }
  getMaxColumns(): number {
    return this._grid.maxColumns;
  }
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) throw signatureError('SpreadsheetApp.Sheet', 'appendRow', [rowContents]);
    const row = this.getLastRow() + 1;
    if (row > this._grid.maxRows) this._grid.insertRows(this._grid.maxRows + 1, row - this._grid.maxRows);
    if (rowContents.length === 0) return this;
    if (rowContents.length > this._grid.maxColumns)
      this._grid.insertColumns(this._grid.maxColumns + 1, rowContents.length - this._grid.maxColumns);
    new FakeRange(this, row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  private checkRows(row: number, count = 1): void {
    if (row < 1 || row > this._grid.maxRows || count < 1) throw new Error('Those rows are out of bounds.');
  }
  private checkColumns(column: number, count = 1): void {
    if (column < 1 || column > this._grid.maxColumns || count < 1)
      throw new Error('Those columns are out of bounds.');
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkRows(afterPosition, howMany);
    this._grid.insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.checkRows(beforePosition, howMany);
    this._grid.insertRows(beforePosition, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.checkColumns(afterPosition, howMany);
    this._grid.insertColumns(afterPosition + 1, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.checkColumns(beforePosition, howMany);
    this._grid.insertColumns(beforePosition, howMany);
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.checkRows(rowPosition, howMany);
    if (rowPosition + howMany - 1 > this._grid.maxRows) throw new Error('Those rows are out of bounds.');
    if (howMany >= this._grid.maxRows - this.frozenRows)
      throw new Error("You can't delete all the rows on the sheet.");
    this._grid.deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkColumns(columnPosition, howMany);
    if (columnPosition + howMany - 1 > this._grid.maxColumns)
      throw new Error('Those columns are out of bounds.');
    if (howMany >= this._grid.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    this._grid.deleteColumns(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this._grid.maxRows) throw new Error('Invalid argument: rows');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this._grid.maxColumns) throw new Error('Invalid argument: columns');
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this._rangeAt(1, 1, this._grid.maxRows, this._grid.maxColumns).clear(options);
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this._spreadsheet._checkNewName(name, this);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this._spreadsheet._sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this._spreadsheet;
  }
  activate(): this {
    this._spreadsheet._active = this;
    this.hidden = false;
    return this;
  }
  hideSheet(): this {
    if (this._spreadsheet._sheets.filter((s) => !s.hidden && s !== this).length === 0)
      throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  protect(): FakeProtection {
    const existing = this.protections.find((p) => p.type === 'SHEET');
    if (existing) return existing;
    const protection = new FakeProtection('SHEET', this, undefined, this._defaultEditors());
    this.protections.push(protection);
    return protection;
  }
  getProtections(type: string): FakeProtection[] {
    return this.protections.filter((p) => p.type === type);
  }
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this, newChartSettings(this._env.nextId()));
  }
  insertChart(chart: FakeEmbeddedChart): void {
    const raw = unwrap(chart);
    if (!(raw instanceof FakeEmbeddedChart))
      throw signatureError('SpreadsheetApp.Sheet', 'insertChart', [chart]);
    this.charts.push(raw);
  }
  updateChart(chart: FakeEmbeddedChart): void {
    const raw = unwrap(chart);
    const index = this.charts.findIndex((c) => c.settings.id === raw.settings.id);
    if (index === -1) throw new Error('Chart not found.');
    this.charts[index] = raw;
  }
  removeChart(chart: FakeEmbeddedChart): void {
    const raw = unwrap(chart);
    this.charts = this.charts.filter((c) => c.settings.id !== raw.settings.id);
  }
  getCharts(): FakeEmbeddedChart[] {
    return [...this.charts];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      throw signatureError('SpreadsheetApp.Sheet', 'setConditionalFormatRules', [rules]);
    this.conditionalFormatRules = rules.map((rule) => unwrap(rule));
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.conditionalFormatRules];
  }
  clearConditionalFormatRules(): void {
    this.conditionalFormatRules = [];
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }
  /** Widths follow the longest displayed text, roughly 7 px a character as Sheets' default font. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const lastRow = Math.max(1, this.getLastRow());
    const texts = this._rangeAt(1, startColumn, lastRow, numColumns).getDisplayValues();
    for (let c = 0; c < numColumns; c += 1) {
      const longest = Math.max(0, ...texts.map((row) => (row[c] ?? '').length));
      this.columnWidths.set(startColumn + c, Math.max(40, Math.min(1000, 7 * longest + 10)));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  toString(): string {
    return 'Sheet';
  }
}
