import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle, type WorkbookData } from '../../apps-script/emulator/index.ts';
import { decodeWorkbook } from '../../local/xlsx-read.ts';
import { encodeWorkbook } from '../../local/xlsx-write.ts';

function workbookWith(timeZone: string, code: string): WorkbookData {
  const runtime = createRuntime({ timeZone });
  loadBundle(`function main() { ${code} }`, runtime).main?.();
  return runtime.spreadsheet.snapshot();
}

describe('xlsx codec', () => {
  it.each(['Etc/UTC', 'America/Los_Angeles', 'Asia/Kolkata'])(
    'should round-trip values, dates, formulas and settings in %s',
    async (timeZone) => {
      const data = workbookWith(
        timeZone,
        `var sheet = SpreadsheetApp.getActive().insertSheet('Funding');
         sheet.getRange('A1:E2').setValues([['Deadline', 'Amount', 'Name', 'Flag', 'Code'], ['2025-03-01', 1500.5, "'=SUM(A1)", true, "'0042"]]);
         sheet.getRange('F2').setFormula('=B2*2');
         sheet.getRange('A1:F1').setFontWeight('bold');
         sheet.setFrozenRows(1);
         PropertiesService.getScriptProperties().setProperty('k', 'v');`,
      );
      const back = await decodeWorkbook(await encodeWorkbook(data), 'test.xlsx');
      expect(createRuntime({ workbook: back }).spreadsheet.snapshot()).toEqual(data);
    },
  );

  it('should keep text longer than an xlsx cell holds', async () => {
    const long = 'x'.repeat(45_000);
    const data = workbookWith(
      'Etc/UTC',
      `SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('${long}');`,
    );
    const back = await decodeWorkbook(await encodeWorkbook(data), 'test.xlsx');
    expect(back.sheets[0]?.values[0]?.[0]).toBe(long);
  });
});
