import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle, type WorkbookData } from '../../apps-script/emulator/index.ts';

function workbookWithFormula(): WorkbookData {
  const data = createRuntime().spreadsheet.snapshot();
  const sheet = data.sheets[0];
  if (!sheet) throw new Error('no tab');
  sheet.values = [
    ['Target', 'Actual'],
    [100, 310],
  ];
  sheet.formulas = [{ row: 2, column: 2, formula: '=SUM(300,10)' }];
  return data;
}

describe('formulas in the emulator', () => {
  it('should read a loaded formula as its last computed value and keep the formula', () => {
    const runtime = createRuntime({ workbook: workbookWithFormula() });
    const { main } = loadBundle(
      `function main() { var r = SpreadsheetApp.getActive().getSheets()[0].getRange('B2');
         return [r.getValue(), r.getFormula(), r.getDisplayValue()]; }`,
      runtime,
    );
    expect(main?.()).toEqual([310, '=SUM(300,10)', '310']);
    expect(runtime.spreadsheet.snapshot().sheets[0]?.formulas).toEqual([
      { row: 2, column: 2, formula: '=SUM(300,10)' },
    ]);
  });

  it('should compute nothing for a formula the script writes', () => {
    const runtime = createRuntime({ workbook: workbookWithFormula() });
    const { main } = loadBundle(
      `function main() { var r = SpreadsheetApp.getActive().getSheets()[0].getRange('C2');
         r.setFormula('=A2*2'); return [r.getValue(), r.getFormula()]; }`,
      runtime,
    );
    expect(main?.()).toEqual(['', '=A2*2']);
  });

  it('should drop the formula and its value when the cell is written over', () => {
    const runtime = createRuntime({ workbook: workbookWithFormula() });
    const { main } = loadBundle(
      `function main() { var r = SpreadsheetApp.getActive().getSheets()[0].getRange('B2');
         r.setValue(5); return [r.getValue(), r.getFormula()]; }`,
      runtime,
    );
    expect(main?.()).toEqual([5, '']);
  });
});
