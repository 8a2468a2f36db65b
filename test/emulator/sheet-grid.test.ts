import { describe, expect, it } from 'vitest';
import { runScript, withBundle } from './with-bundle.ts';

const SHEET = 'var sheet = SpreadsheetApp.getActive().getSheets()[0];';

describe('Sheet grid', () => {
  it('should start a new sheet at 1000 rows × 26 columns', () => {
    const { result } = runScript(
      `${SHEET} return [sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()];`,
    );
    expect(result).toEqual([1000, 26, 0]);
  });

  it.each([
    [
      'row beyond the grid',
      'sheet.getRange(1001, 1)',
      'The coordinates of the range are outside the dimensions of the sheet.',
    ],
    [
      'column beyond the grid',
      'sheet.getRange(1, 27)',
      'The coordinates of the range are outside the dimensions of the sheet.',
    ],
    ['row 0', 'sheet.getRange(0, 1)', 'The starting row of the range is too small.'],
    ['zero rows', 'sheet.getRange(1, 1, 0, 1)', 'The number of rows in the range must be at least 1.'],
    ['bad A1', "sheet.getRange('nonsense!!')", 'Range not found'],
  ])('should throw on %s', (_name, call, message) => {
    const { fns } = withBundle(`function main() { ${SHEET} ${call}; }`);
    expect(() => fns.main?.()).toThrow(message);
  });

  it('should grow by appendRow past the last row and column', () => {
    const { result } = runScript(
      `${SHEET} sheet.getRange(1000, 1).setValue('last');
       sheet.appendRow(new Array(30).fill('x'));
       return [sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()];`,
    );
    expect(result).toEqual([1001, 30, 1001, 30]);
  });

  it('should shift data right on insertColumnsAfter', () => {
    const { runtime } = runScript(
      `${SHEET} sheet.getRange('A1:B1').setValues([['a', 'b']]); sheet.insertColumnsAfter(1, 2);`,
    );
    expect(runtime.spreadsheet.values('Sheet1')).toEqual([['a', '', '', 'b']]);
    expect(runtime.spreadsheet.fake.getActiveSheet().getMaxColumns()).toBe(28);
  });

  it('should read open-ended A1 ranges to the edge of the grid', () => {
    const { result } = runScript(
      `${SHEET} var r = sheet.getRange('B2:C'); return [r.getNumRows(), r.getNumColumns(), r.getA1Notation()];`,
    );
    expect(result).toEqual([999, 2, 'B2:C1000']);
  });

  it('should count formulas in getLastRow and cover them in getDataRange', () => {
    const { result } = runScript(
      `${SHEET} sheet.getRange('C4').setFormula('=1+1'); return sheet.getDataRange().getA1Notation();`,
    );
    expect(result).toBe('A1:C4');
  });

  it('should refuse a second tab of the same name, case-insensitively', () => {
    const { fns } = withBundle(
      `function main() { var ss = SpreadsheetApp.getActive(); ss.insertSheet('Funding'); ss.insertSheet('funding'); }`,
    );
    expect(() => fns.main?.()).toThrow(
      'A sheet with the name "funding" already exists. Please enter another name.',
    );
  });

  it('should insert tabs where asked and make the new one active', () => {
    const { result } = runScript(
      `var ss = SpreadsheetApp.getActive(); ss.insertSheet('B'); ss.insertSheet('A', 0);
       return [ss.getSheets().map(function (s) { return s.getName(); }), ss.getActiveSheet().getName()];`,
    );
    expect(result).toEqual([['A', 'Sheet1', 'B'], 'A']);
  });
});
