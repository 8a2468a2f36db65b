import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  type CellValue,
  createRuntime,
  loadBundle,
  type Runtime,
  type WorkbookData,
} from '../../apps-script/emulator/index.ts';
import { decodeWorkbook, XLSX_READ_OPTIONS } from '../../local/xlsx-read.ts';
import { encodeWorkbook } from '../../local/xlsx-write.ts';
import { builtBundle } from './local-harness.ts';

// A fresh demo workbook a person edited and LibreOffice saved (see make-libreoffice-fixture.ts):
// Stakeholders row 3 cleared, a blank column then a "Follow-up" column, Notes bold and filled,
// Impact Actual row 2 =SUM(300,10), Funding Amount Max row 2 =E2*2.5 (LibreOffice saved 310, 25000).
const FIXTURE = 'test/local/fixtures/libreoffice-person-edits.xlsx';

function open(data: WorkbookData): { runtime: Runtime; fns: ReturnType<typeof loadBundle> } {
  const runtime = createRuntime({ workbook: data, spreadsheetId: data.id });
  return { runtime, fns: loadBundle(builtBundle(), runtime, 'Code.js') };
}

function tab(runtime: Runtime, name: string) {
  const sheet = runtime.spreadsheet.fake.getSheetByName(name);
  if (!sheet) throw new Error(`no ${name} tab`);
  return sheet;
}

/** The value under a header in a 1-based row, as the add-on reads it. */
function cellUnder(runtime: Runtime, tabName: string, header: string, row: number): CellValue {
  const values = tab(runtime, tabName).getDataRange().getValues();
  const column = (values[0] ?? []).indexOf(header);
  if (column < 0) throw new Error(`no ${header} column`);
  return values[row - 1]?.[column] ?? '';
}

function formulaUnder(runtime: Runtime, tabName: string, header: string, row: number): string {
  const sheet = tab(runtime, tabName);
  const column = (sheet.getDataRange().getValues()[0] ?? []).indexOf(header) + 1;
  return sheet.getRange(row, column).getFormula();
}

async function decodeFixture(): Promise<WorkbookData> {
  return decodeWorkbook(readFileSync(FIXTURE), FIXTURE);
}

describe('a workbook saved by LibreOffice after a person edited it', () => {
  it('should keep every other Stakeholders row when one row was cleared', async () => {
    const { runtime } = open(await decodeFixture());
    const names = tab(runtime, 'Stakeholders')
      .getDataRange()
      .getValues()
      .map((row) => row[1]);
    expect(names[0]).toBe('Name');
    expect(names[1]).not.toBe('');
    expect(names[2]).toBe('');
    expect(names.slice(3).filter((n) => n !== '').length).toBeGreaterThan(3);
  });

  it('should keep the blank column and the column the person added', async () => {
    const { runtime } = open(await decodeFixture());
    const header = tab(runtime, 'Stakeholders').getDataRange().getValues()[0] ?? [];
    const notes = header.indexOf('Notes');
    expect(header.slice(notes + 1)).toEqual(['', 'Follow-up']);
    expect(cellUnder(runtime, 'Stakeholders', 'Follow-up', 2)).toBe('Call in March');
    expect(cellUnder(runtime, 'Stakeholders', 'Follow-up', 4)).toBe(42);
  });

  it('should read formulas as formulas with their last computed values', async () => {
    const { runtime } = open(await decodeFixture());
    expect(formulaUnder(runtime, 'Impact', 'Actual', 2)).toBe('=SUM(300,10)');
    expect(cellUnder(runtime, 'Impact', 'Actual', 2)).toBe(310);
    expect(formulaUnder(runtime, 'Funding', 'Amount Max', 2)).toBe('=E2*2.5');
    expect(cellUnder(runtime, 'Funding', 'Amount Max', 2)).toBe(25000);
  });

  it('should compute Progress and Weighted Value from the formulas values', async () => {
    const data = await decodeFixture();
    const fromFormula = open(data);
    fromFormula.fns.updateImpactScorecard?.();
    fromFormula.fns.updateFundingTracker?.();
    // The same figures typed as plain numbers give the reference results.
    const typed = open(data);
    const actual = tab(typed.runtime, 'Impact').getRange(2, 9);
    actual.setValue(310);
    const max = tab(typed.runtime, 'Funding').getRange(2, 6);
    max.setValue(25000);
    typed.fns.updateImpactScorecard?.();
    typed.fns.updateFundingTracker?.();
    const progress = cellUnder(fromFormula.runtime, 'Impact', 'Progress', 2);
    expect(typeof progress).toBe('number');
    expect(progress).toBe(cellUnder(typed.runtime, 'Impact', 'Progress', 2));
    const weighted = cellUnder(fromFormula.runtime, 'Funding', 'Weighted Value', 2);
    expect(typeof weighted).toBe('number');
    expect(weighted).toBe(cellUnder(typed.runtime, 'Funding', 'Weighted Value', 2));
    expect(formulaUnder(fromFormula.runtime, 'Impact', 'Actual', 2)).toBe('=SUM(300,10)');
    expect(formulaUnder(fromFormula.runtime, 'Funding', 'Amount Max', 2)).toBe('=E2*2.5');
  });

  it('should keep the formats the person set', async () => {
    const { runtime } = open(await decodeFixture());
    const sheet = tab(runtime, 'Stakeholders');
    const notes = (sheet.getDataRange().getValues()[0] ?? []).indexOf('Notes') + 1;
    expect(sheet.getRange(2, notes).getFontWeight()).toBe('bold');
    expect(sheet.getRange(4, notes).getBackground()).toBe('#ffff00');
    expect(sheet.getRange(5, notes).getFontWeight()).toBe('normal');
  });

  it('should give the same workbook after a save and a reopen', async () => {
    const { runtime } = open(await decodeFixture());
    const loaded = runtime.spreadsheet.snapshot();
    const back = await decodeWorkbook(await encodeWorkbook(loaded), 'back.xlsx');
    expect(createRuntime({ workbook: back, spreadsheetId: back.id }).spreadsheet.snapshot()).toEqual(loaded);
    const bytes = await encodeWorkbook(back);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, XLSX_READ_OPTIONS);
    const impact = wb.getWorksheet('Impact');
    expect(impact?.getCell('I2').value).toMatchObject({ formula: 'SUM(300,10)', result: 310 });
  });
});

describe('a workbook saved by Excel with a shared formula', () => {
  it('should read every cell of the shared formula with its cached value', async () => {
    const { runtime } = open(await decodeFixture());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await encodeWorkbook(runtime.spreadsheet.snapshot())) as unknown as ArrayBuffer,
      XLSX_READ_OPTIONS,
    );
    const impact = wb.getWorksheet('Impact');
    if (!impact) throw new Error('no Impact tab');
    // Excel writes a column of like formulas as one shared formula: the first cell holds the text.
    const master = { formula: 'G2+100', result: 101, shareType: 'shared', ref: 'I2:I4' };
    impact.getCell('I2').value = master as ExcelJS.CellFormulaValue;
    impact.getCell('I3').value = { sharedFormula: 'I2', result: 102 };
    impact.getCell('I4').value = { sharedFormula: 'I2', result: 103 };
    const data = await decodeWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'excel.xlsx');
    const excel = open(data);
    const sheet = tab(excel.runtime, 'Impact');
    expect(sheet.getRange('I2:I4').getFormulas()).toEqual([['=G2+100'], ['=G3+100'], ['=G4+100']]);
    expect(sheet.getRange('I2:I4').getValues()).toEqual([[101], [102], [103]]);
    excel.fns.updateImpactScorecard?.();
    expect(typeof cellUnder(excel.runtime, 'Impact', 'Progress', 3)).toBe('number');
  });
});
