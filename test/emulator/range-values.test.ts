import { describe, expect, it } from 'vitest';
import { runScript, withBundle } from './with-bundle.ts';

const SHEET = "var sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');";

describe('Range.setValues', () => {
  it.each([
    [
      'too few rows',
      '[[1, 2]]',
      2,
      2,
      /number of rows in the data does not match.*The data has 1 but the range has 2\./,
    ],
    ['too many rows', '[[1], [2], [3]]', 2, 1, /The data has 3 but the range has 2\./],
    [
      'short row',
      '[[1, 2], [3]]',
      2,
      2,
      /number of columns in the data does not match.*The data has 1 but the range has 2\./,
    ],
  ])('should throw like Apps Script on %s', (_name, data, rows, columns, message) => {
    const { runtime, fns } = withBundle(
      `function main() { ${SHEET} sheet.getRange(1, 1, ${rows}, ${columns}).setValues(${data}); }`,
    );
    expect(() => fns.main?.()).toThrow(message);
    expect(runtime.spreadsheet.values('Sheet1')).toEqual([]);
  });

  it('should write 1-based: row 2, column 3 is C2', () => {
    const { runtime, result } = runScript(
      `${SHEET} var r = sheet.getRange(2, 3); r.setValue('x'); return r.getA1Notation();`,
    );
    expect(result).toBe('C2');
    expect(runtime.spreadsheet.values('Sheet1')).toEqual([
      ['', '', ''],
      ['', '', 'x'],
    ]);
  });

  it('should keep a formula as a formula, read back as "" from getValues', () => {
    const { result } = runScript(
      `${SHEET} var r = sheet.getRange('A1:B1'); r.setValues([['=HYPERLINK("http://x","y")', "'=1+1"]]);
       return { values: r.getValues(), formulas: r.getFormulas() };`,
    );
    expect(result).toEqual({ values: [['', '=1+1']], formulas: [['=HYPERLINK("http://x","y")', '']] });
  });

  it.each([
    ["'0042", '0042', ''],
    ['-12', -12, ''],
    ['1,000', 1000, ''],
    ['3.5', 3.5, ''],
    ['50%', 0.5, ''],
    ['TRUE', true, ''],
    ['+1 555 0100', '', '=+1 555 0100'],
    ['-foo', '', '=-foo'],
    ['@SUM(A1)', '@SUM(A1)', ''],
    ['plain text', 'plain text', ''],
  ])('should read typed input %j as %j (formula %j)', (input, value, formula) => {
    const { result } = runScript(
      `${SHEET} var r = sheet.getRange(1, 1); r.setValue(${JSON.stringify(input)}); return [r.getValue(), r.getFormula()];`,
    );
    expect(result).toEqual([value, formula]);
  });

  it('should keep text as typed in a plain-text (@) formatted cell', () => {
    const { result } = runScript(
      `${SHEET} var r = sheet.getRange(1, 1); r.setNumberFormat('@'); r.setValue('007'); return r.getValue();`,
    );
    expect(result).toBe('007');
  });

  it('should turn an ISO date string into a Date of the bundle realm', () => {
    const { result } = runScript(
      `${SHEET} var r = sheet.getRange(1, 1); r.setValue('2025-03-01'); var v = r.getValue(); return [v instanceof Date, v.getFullYear(), v.getMonth(), v.getDate()];`,
    );
    expect(result).toEqual([true, 2025, 2, 1]);
  });

  it('should throw on more than 50,000 characters and accept exactly 50,000', () => {
    const { fns, runtime } = withBundle(
      `function put(n) { SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1).setValue(new Array(n + 1).join('a')); }`,
    );
    expect(() => fns.put?.(50_001)).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    fns.put?.(50_000);
    expect(String(runtime.spreadsheet.values('Sheet1')?.[0]?.[0]).length).toBe(50_000);
  });

  it('should give a full rectangle with "" for empty cells', () => {
    const { result } = runScript(
      `${SHEET} sheet.getRange('B2').setValue(5); return sheet.getRange(1, 1, 2, 3).getValues();`,
    );
    expect(result).toEqual([
      ['', '', ''],
      ['', 5, ''],
    ]);
  });

  it('should show display values under number formats', () => {
    const { result } = runScript(
      `${SHEET} var r = sheet.getRange('A1:C1'); r.setValues([[1234.5, 0.25, true]]);
       r.setNumberFormats([['#,##0.00', '0%', 'General']]); return r.getDisplayValues();`,
    );
    expect(result).toEqual([['1,234.50', '25%', 'TRUE']]);
  });
});
