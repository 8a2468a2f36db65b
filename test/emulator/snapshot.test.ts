import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../apps-script/emulator/index.ts';
import { runScript, withBundle } from './with-bundle.ts';

describe('WorkbookData snapshots', () => {
  it('should survive a JSON-free round trip into a new runtime', () => {
    const { runtime } = runScript(
      `var ss = SpreadsheetApp.getActive(); var sheet = ss.insertSheet('Funding');
       sheet.getRange('A1:C2').setValues([['Deadline', 'Amount', 'Note'], [new Date(Date.UTC(2025, 4, 1)), 5000, "'=not a formula"]]);
       sheet.getRange('D2').setFormula('=B2*2'); sheet.setFrozenRows(1); sheet.getRange('B2').setNumberFormat('#,##0');
       sheet.getRange('E2:E3').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).build());
       sheet.getRange('A1:D1').protect().setDescription('computed');
       sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(sheet.getRange('A1:B2')).setPosition(1, 6, 0, 0).build());
       PropertiesService.getDocumentProperties().setProperty('k', 'v');`,
    );
    const data = runtime.spreadsheet.snapshot();
    const copy = createRuntime({ workbook: data });
    expect(copy.spreadsheet.snapshot()).toEqual(data);
    const funding = data.sheets.find((s) => s.name === 'Funding');
    expect(funding?.values).toEqual([
      ['Deadline', 'Amount', 'Note', ''],
      [new Date(Date.UTC(2025, 4, 1)), 5000, '=not a formula', ''],
    ]);
    expect(funding?.formulas).toEqual([{ row: 2, column: 4, formula: '=B2*2' }]);
    expect(funding?.validations).toEqual([
      { a1: 'E2:E3', criteria: 'VALUE_IN_LIST', values: [['a', 'b'], true], allowInvalid: true },
    ]);
    expect(funding?.charts?.[0]).toMatchObject({ type: 'BAR', ranges: ['Funding!A1:B2'] });
    expect(data.properties?.document).toEqual({ k: 'v' });
  });

  it('should keep loaded text that looks like a number as text', () => {
    const { runtime } = withBundle('function f() {}', {
      workbook: {
        id: 'x',
        name: 'x',
        timeZone: 'Etc/UTC',
        sheets: [
          {
            name: 'S',
            sheetId: 1,
            maxRows: 10,
            maxColumns: 3,
            frozenRows: 0,
            frozenColumns: 0,
            values: [['007', 7]],
          },
        ],
      },
    });
    expect(runtime.spreadsheet.values('S')).toEqual([['007', 7]]);
  });
});
