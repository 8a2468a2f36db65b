import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle, type WorkbookData } from '../../apps-script/emulator/index.ts';
import { decodeWorkbook, XLSX_READ_OPTIONS } from '../../local/xlsx-read.ts';
import { encodeWorkbook } from '../../local/xlsx-write.ts';
import { TRUNCATION_MARKER } from '../../shared/cell-safety.ts';
import { zipEntryText } from './zip-entry.ts';

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

  it('should show a person the marker where long text was cut', async () => {
    const long = 'y'.repeat(40_000);
    const data = workbookWith(
      'Etc/UTC',
      `SpreadsheetApp.getActive().getSheets()[0].getRange('B2').setValue('${long}');`,
    );
    const wb = await openXlsx(await encodeWorkbook(data));
    const shown = String(wb.worksheets[0]?.getCell('B2').value);
    expect(shown.length).toBeLessThanOrEqual(32_767);
    expect(shown.endsWith(TRUNCATION_MARKER)).toBe(true);
    const back = await decodeWorkbook(await encodeWorkbook(data), 'test.xlsx');
    expect(back.sheets[0]?.values[1]?.[1]).toBe(long);
  });

  it('should keep what a person typed over a cut cell', async () => {
    const data = workbookWith(
      'Etc/UTC',
      `SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('${'z'.repeat(40_000)}');`,
    );
    const wb = await openXlsx(await encodeWorkbook(data));
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no tab');
    sheet.getCell('A1').value = 'shorter now';
    const back = await decodeWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'edited.xlsx');
    expect(back.sheets[0]?.values[0]?.[0]).toBe('shorter now');
  });

  it.each([
    ['NUL and ESC', 'a\u0000b\u001bc'],
    ['every C0 control XML cannot hold', 'x\u0001\u0002\u0008\u000b\u000c\u000e\u001fy'],
    ['a lone surrogate', 'half \ud83d pair'],
  ])('should keep %s exactly across a save and a load', async (_name, text) => {
    const data = workbookWith(
      'Etc/UTC',
      `SpreadsheetApp.getActive().getSheets()[0].getRange('C3').setValue(${JSON.stringify(text)});`,
    );
    expect(data.sheets[0]?.values[2]?.[2]).toBe(text);
    const bytes = await encodeWorkbook(data);
    const back = await decodeWorkbook(bytes, 'test.xlsx');
    expect(back.sheets[0]?.values[2]?.[2]).toBe(text);
    const shown = String((await openXlsx(bytes)).worksheets[0]?.getCell('C3').value);
    expect(shown).toContain('\uFFFD');
  });

  it('should give drop-down lists and number rules whole columns in the file', async () => {
    const data = workbookWith(
      'Etc/UTC',
      `var sheet = SpreadsheetApp.getActive().getSheets()[0];
       sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setDataValidation(
         SpreadsheetApp.newDataValidation().requireValueInList(['yes', 'no'], true).build());
       sheet.getRange(2, 2, sheet.getMaxRows() - 1, 1).setDataValidation(
         SpreadsheetApp.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).build());
       sheet.getRange('C2:C5').setDataValidation(
         SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b'], true).build());`,
    );
    const xml = zipEntryText(await encodeWorkbook(data), 'xl/worksheets/sheet1.xml');
    const rules = [...xml.matchAll(/<dataValidation ([^>]*)>(.*?)<\/dataValidation>/g)].map(
      ([, attributes, body]) =>
        `${/sqref="([^"]*)"/.exec(attributes ?? '')?.[1]} ${/type="(\w+)"/.exec(attributes ?? '')?.[1]} ${body}`,
    );
    expect(rules.sort()).toEqual([
      'A2:A1048576 list <formula1>&quot;yes,no&quot;</formula1>',
      'B2:B1048576 decimal <formula1>0</formula1><formula2>1</formula2>',
      'C2:C5 list <formula1>&quot;a,b&quot;</formula1>',
    ]);
  });

  it('should keep a tab a person added, where they put it, through a load and a save', async () => {
    const data = workbookWith(
      'Etc/UTC',
      `var ss = SpreadsheetApp.getActive(); ss.getSheets()[0].getRange('A1').setValue('first');
       ss.insertSheet('Funding').getRange('A1').setValue('second');`,
    );
    const wb = await openXlsx(await encodeWorkbook(data));
    const mine = wb.addWorksheet('My Notes');
    mine.getCell('A1').value = 'Call back';
    mine.getCell('B3').value = { formula: 'SUM(1,2)', result: 3 };
    mine.views = [{ state: 'frozen', ySplit: 1 }];
    const funding = wb.getWorksheet('Funding');
    if (!funding) throw new Error('no Funding tab');
    // A person drags their tab between the two others.
    const order = (ws: ExcelJS.Worksheet) => ws as unknown as { orderNo: number };
    order(mine).orderNo = order(funding).orderNo;
    order(funding).orderNo += 1;
    const back = await decodeWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'edited.xlsx');
    const runtime = createRuntime({ workbook: back });
    const { main } = loadBundle(
      `function main() { var ss = SpreadsheetApp.getActive(); var s = ss.getSheetByName('My Notes');
         return [ss.getSheets().map(function (t) { return t.getName(); }), s.getDataRange().getValues(),
           s.getRange('B3').getFormula(), s.getFrozenRows()]; }`,
      runtime,
    );
    const expected = [
      ['Sheet1', 'My Notes', 'Funding'],
      [
        ['Call back', ''],
        ['', ''],
        ['', 3],
      ],
      '=SUM(1,2)',
      1,
    ];
    expect(main?.()).toEqual(expected);
    const saved = await decodeWorkbook(await encodeWorkbook(runtime.spreadsheet.snapshot()), 'saved.xlsx');
    expect(saved.sheets.map((s) => s.name)).toEqual(expected[0]);
    expect(saved.sheets[1]?.values).toEqual(expected[1]);
  });

  it('should give a tab that grew past its first 1,000 rows whole-column rules in the file', async () => {
    const data = workbookWith(
      'Etc/UTC',
      `var sheet = SpreadsheetApp.getActive().getSheets()[0];
       sheet.setFrozenRows(1);
       sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setDataValidation(
         SpreadsheetApp.newDataValidation().requireValueInList(['yes', 'no'], true).build());
       sheet.insertRowsAfter(sheet.getMaxRows(), 9000);`,
    );
    expect(data.sheets[0]?.validations?.map((v) => v.a1)).toEqual(['A2:A1000']);
    const xml = zipEntryText(await encodeWorkbook(data), 'xl/worksheets/sheet1.xml');
    expect(/<dataValidation [^>]*sqref="([^"]*)"/.exec(xml)?.[1]).toBe('A2:A1048576');
  });

  it('should not take a number format a spreadsheet program respelled for a change', async () => {
    const data = workbookWith(
      'Etc/UTC',
      `var sheet = SpreadsheetApp.getActive().getSheets()[0];
       sheet.getRange('A1:B1').setValues([['2025-03-01', 0.5]]);
       sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
       sheet.getRange('B1').setNumberFormat('0%');
       sheet.getRange('C1').setValue(7).setNumberFormat('0.0');`,
    );
    const wb = await openXlsx(await encodeWorkbook(data));
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no tab');
    // As Excel saves them: an escaped dash, a locale tag and a text section.
    sheet.getCell('A1').numFmt = '[$-409]yyyy\\-mm\\-dd;@';
    sheet.getCell('B1').numFmt = '0%';
    sheet.getCell('C1').numFmt = '0.00';
    const back = await decodeWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'excel.xlsx');
    const formats = createRuntime({ workbook: back }).spreadsheet.snapshot().sheets[0]?.formats;
    expect(formats).toEqual([
      { row: 1, column: 1, numberFormat: 'yyyy-mm-dd' },
      { row: 1, column: 2, numberFormat: '0%' },
      { row: 1, column: 3, numberFormat: '0.00' },
    ]);
  });

  it('should read long text from a file written before the marker (format 1, cut with no marker)', async () => {
    const long = 'w'.repeat(40_000);
    const data = workbookWith(
      'Etc/UTC',
      `SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('${long}');`,
    );
    const wb = await openXlsx(await encodeWorkbook(data));
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no tab');
    sheet.getCell('A1').value = long.slice(0, 32_767);
    const back = await decodeWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'old.xlsx');
    expect(back.sheets[0]?.values[0]?.[0]).toBe(long);
  });
});

async function openXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer, XLSX_READ_OPTIONS);
  return wb;
}
