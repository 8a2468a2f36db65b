/** Range: values (typed-input parsing, exact dimension checks), formulas, formats, rules. */
import { formatA1, quoteSheetName } from './a1.ts';
import { type CellValue, parseInput } from './cell-input.ts';
import { FakeDataValidation } from './data-validation.ts';
import { displayValue } from './display.ts';
import type { Emulates } from './emulates.ts';
import { signatureError } from './env.ts';
import type { FakeSheet } from './fake-sheet.ts';
import type { Cell } from './grid.ts';
import type { FakeProtection } from './protection.ts';
import { APPS_SCRIPT_TYPE, type Emulated, unwrap } from './tracking.ts';
import type { CellFormat } from './workbook-data.ts';

type RangeApi = GoogleAppsScript.Spreadsheet.Range;

/** Symbol for the host-side `Sheet!A1` description of a range (not visible as a method). */
export const DESCRIBE: unique symbol = Symbol('describe');

/** A rectangle of a sheet, 1-based. */
export class FakeRange
  implements
    Emulated,
    Emulates<
      RangeApi,
      | 'getValues'
      | 'setValues'
      | 'getValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setNumberFormat'
      | 'setFontWeight'
      | 'setBackground'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getA1Notation'
      | 'isBlank'
      | 'getNumberFormats'
      | 'getBackgrounds'
      | 'getNote'
    >
{
  readonly [APPS_SCRIPT_TYPE] = 'Range';

  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  [DESCRIBE](): string {
    return `${quoteSheetName(this.sheet.getName())}!${this.getA1Notation()}`;
  }

  private read<T>(pick: (cell: Cell | undefined) => T): T[][] {
    const grid = this.sheet._grid;
    const out: T[][] = new Array(this.numRows);
    for (let r = 0; r < this.numRows; r += 1) {
      const row: T[] = new Array(this.numColumns);
      for (let c = 0; c < this.numColumns; c += 1) row[c] = pick(grid.get(this.row + r, this.column + c));
      out[r] = row;
    }
    return out;
  }

  private forEachCell(visit: (cell: Cell) => void): void {
    const grid = this.sheet._grid;
    for (let r = 0; r < this.numRows; r += 1)
      for (let c = 0; c < this.numColumns; c += 1) visit(grid.cell(this.row + r, this.column + c));
  }

  private checkGrid(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data)) throw signatureError('SpreadsheetApp.Range', method, [data]);
    if (data.length !== this.numRows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    for (const row of data) {
      if (!Array.isArray(row)) throw signatureError('SpreadsheetApp.Range', method, [data]);
      if (row.length !== this.numColumns)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`,
        );
    }
    return data as unknown[][];
  }

  private write(values: readonly (readonly unknown[])[]): void {
    this.sheet._checkEditable(this.row, this.column, this.numRows, this.numColumns);
    const grid = this.sheet._grid;
    const timeZone = this.sheet._timeZone();
    // Parse everything first: a bad cell fails the whole call and changes nothing, as in Sheets.
    const parsed = values.map((row, r) =>
      row.map((raw, c) => {
        const plain = grid.get(this.row + r, this.column + c)?.format?.numberFormat === '@';
        return parseInput(raw, timeZone, plain);
      }),
    );
    parsed.forEach((row, r) => {
      row.forEach((input, c) => {
        const existing = grid.get(this.row + r, this.column + c);
        if (!existing && input.value === '' && input.formula === undefined) return;
        const cell = existing ?? grid.cell(this.row + r, this.column + c);
        cell.value = input.value;
        if (input.formula === undefined) delete cell.formula;
        else cell.formula = input.formula;
      });
    });
  }

  getValues(): CellValue[][] {
    // One pass straight into the bundle's realm: a long tab is read on every doPost.
    const grid = this.sheet._grid;
    const rows = new Array<readonly (Cell | undefined)[] | undefined>(this.numRows);
    for (let r = 0; r < this.numRows; r += 1) rows[r] = grid.cellsOf(this.row + r);
    return this.sheet._env.realm.values(rows, this.column, this.numColumns) as CellValue[][];
  }
  getValue(): CellValue {
    const value = this.sheet._grid.get(this.row, this.column)?.value ?? '';
    return value instanceof Date ? this.sheet._env.realm.date(value) : value;
  }
  setValues(values: unknown[][]): this {
    this.write(this.checkGrid('setValues', values));
    return this;
  }
  setValue(value: unknown): this {
    this.write(Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(value)));
    return this;
  }
  getDisplayValues(): string[][] {
    const timeZone = this.sheet._timeZone();
    return this.sheet._env.realm.grid(this.read((cell) => displayValue(cell, timeZone))) as string[][];
  }
  getDisplayValue(): string {
    return displayValue(this.sheet._grid.get(this.row, this.column), this.sheet._timeZone());
  }
  getFormulas(): string[][] {
    return this.sheet._env.realm.grid(this.read((cell) => cell?.formula ?? '')) as string[][];
  }
  getFormula(): string {
    return this.sheet._grid.get(this.row, this.column)?.formula ?? '';
  }
  setFormula(formula: string): this {
    return this.setValue(formula.startsWith('=') ? formula : `=${formula}`);
  }
  setFormulas(formulas: string[][]): this {
    this.write(this.checkGrid('setFormulas', formulas));
    return this;
  }
  clearContent(): this {
    this.sheet._checkEditable(this.row, this.column, this.numRows, this.numColumns);
    this.forEachCell((cell) => {
      cell.value = '';
      delete cell.formula;
    });
    return this;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): this {
    const all = !options || (!options.contentsOnly && !options.formatOnly && !options.validationsOnly);
    if (all || options?.contentsOnly)
      this.sheet._checkEditable(this.row, this.column, this.numRows, this.numColumns);
    this.forEachCell((cell) => {
      if (all || options?.contentsOnly) {
        cell.value = '';
        delete cell.formula;
      }
      if (all || options?.formatOnly) delete cell.format;
      if (options?.validationsOnly) delete cell.validation;
    });
    return this;
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }
  clearDataValidations(): this {
    return this.clear({ validationsOnly: true });
  }
  isBlank(): boolean {
    return this.read((cell) => cell?.value === '' && cell.formula === undefined).every((row) =>
      row.every(Boolean),
    );
  }

  // Formats are shared, never changed in place: cells that had the same format share the new one,
  // so a formatted column of 10,000 rows holds a few format objects, not 10,000.
  private setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K] | null): this {
    const changed = new Map<CellFormat | undefined, CellFormat>();
    this.forEachCell((cell) => {
      let format = changed.get(cell.format);
      if (!format) {
        format = withFormat(cell.format, key, value);
        changed.set(cell.format, format);
      }
      cell.format = format;
    });
    return this;
  }
  private setFormats<K extends keyof CellFormat>(method: string, key: K, values: unknown[][]): this {
    const grid = this.checkGrid(method, values);
    grid.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = this.sheet._grid.cell(this.row + r, this.column + c);
        const unset = value === null || value === undefined || value === '';
        cell.format = withFormat(cell.format, key, unset ? null : (value as CellFormat[K]));
      });
    });
    return this;
  }
  private readFormat<T>(pick: (format: CellFormat) => T | undefined, fallback: T): T[][] {
    return this.sheet._env.realm.grid(this.read((cell) => pick(cell?.format ?? {}) ?? fallback)) as T[][];
  }

  setNumberFormat(format: string): this {
    return this.setFormat('numberFormat', format);
  }
  setNumberFormats(formats: string[][]): this {
    return this.setFormats('setNumberFormats', 'numberFormat', formats);
  }
  getNumberFormat(): string {
    return this.sheet._grid.get(this.row, this.column)?.format?.numberFormat ?? 'General';
  }
  getNumberFormats(): string[][] {
    return this.readFormat((f) => f.numberFormat, 'General');
  }
  setBackground(color: string | null): this {
    return this.setFormat('background', color);
  }
  setBackgrounds(colors: string[][]): this {
    return this.setFormats('setBackgrounds', 'background', colors);
  }
  getBackground(): string {
    return this.sheet._grid.get(this.row, this.column)?.format?.background ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.readFormat((f) => f.background, '#ffffff');
  }
  setFontWeight(weight: string | null): this {
    return this.setFormat('fontWeight', weight);
  }
  setFontWeights(weights: unknown[][]): this {
    return this.setFormats('setFontWeights', 'fontWeight', weights);
  }
  getFontWeight(): string {
    return this.sheet._grid.get(this.row, this.column)?.format?.fontWeight ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this.readFormat((f) => f.fontWeight, 'normal');
  }
  setFontColor(color: string | null): this {
    return this.setFormat('fontColor', color);
  }
  setFontColors(colors: unknown[][]): this {
    return this.setFormats('setFontColors', 'fontColor', colors);
  }
  getFontColor(): string {
    return this.sheet._grid.get(this.row, this.column)?.format?.fontColor ?? '#000000';
  }
  setFontStyle(style: string | null): this {
    return this.setFormat('fontStyle', style);
  }
  setFontSize(size: number): this {
    return this.setFormat('fontSize', size);
  }
  setFontFamily(family: string | null): this {
    return this.setFormat('fontFamily', family);
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setFormat('horizontalAlignment', alignment);
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.setFormat('verticalAlignment', alignment);
  }
  setWrap(wrap: boolean): this {
    return this.setFormat('wrap', wrap);
  }
  /** Borders are accepted and not recorded: nothing in the workbook contract depends on them. */
  setBorder(..._args: unknown[]): this {
    return this;
  }
  setNote(note: string | null): this {
    this.forEachCell((cell) => {
      if (note) cell.note = String(note);
      else delete cell.note;
    });
    return this;
  }
  getNote(): string {
    return this.sheet._grid.get(this.row, this.column)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.sheet._env.realm.grid(this.read((cell) => cell?.note ?? '')) as string[][];
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    const raw = unwrap(rule);
    if (raw !== null && !(raw instanceof FakeDataValidation))
      throw signatureError('SpreadsheetApp.Range', 'setDataValidation', [rule]);
    this.forEachCell((cell) => {
      if (raw) cell.validation = raw;
      else delete cell.validation;
    });
    return this;
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    this.checkGrid('setDataValidations', rules).forEach((row, r) => {
      row.forEach((rule, c) => {
        const raw = unwrap(rule);
        const cell = this.sheet._grid.cell(this.row + r, this.column + c);
        if (raw instanceof FakeDataValidation) cell.validation = raw;
        else delete cell.validation;
      });
    });
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    return this.sheet._grid.get(this.row, this.column)?.validation ?? null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.read((cell) => cell?.validation ?? null);
  }

  protect(): FakeProtection {
    return this.sheet._protectRange(this);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet._rangeAt(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns)
      throw new Error('Cell reference out of range');
    return this.sheet._rangeAt(this.row + row - 1, this.column + column - 1, 1, 1);
  }
  activate(): this {
    this.sheet.activate();
    return this;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.getSheetId();
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  getA1Notation(): string {
    return formatA1(this.row, this.column, this.numRows, this.numColumns);
  }
  toString(): string {
    return 'Range';
  }
}

/** A new format: `format` with `key` set (or removed for null). */
function withFormat<K extends keyof CellFormat>(
  format: CellFormat | undefined,
  key: K,
  value: CellFormat[K] | null,
): CellFormat {
  const next = { ...format };
  if (value === null || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
