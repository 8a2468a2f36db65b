/**
 * The xlsx as a person opening it in LibreOffice or Excel expects: columns as wide as their
 * content (capped), long text wrapped, a frozen header and a filter on each data tab, the IDs out
 * of the way, and the add-on's number formats (percents, amounts, dates).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../local/server.ts';
import { MAX_WIDTH } from '../../local/xlsx-layout.ts';
import { flushed, readXlsx, runTool, start, tempDir } from './local-harness.ts';
import { zipEntryText } from './zip-entry.ts';

const DATA_TABS = [
  'Stakeholders',
  'Funding',
  'Impact',
  'Action Plan',
  'Feedback',
  'Due Diligence',
  'Contributions',
  'Mobilisation Plan',
  'Conflicts',
  'Exit Plan',
  'Settings',
  'Access Log',
];

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no ${name} tab in the xlsx`);
  return ws;
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  const headers = (ws.getRow(1).values as unknown[]).map((h) => String(h ?? ''));
  const index = headers.indexOf(header);
  if (index < 1) throw new Error(`no ${header} column in ${ws.name}`);
  return index;
}

/** The cells under a header, down to the last row. */
function cellsUnder(ws: ExcelJS.Worksheet, header: string): ExcelJS.Cell[] {
  const c = column(ws, header);
  const cells: ExcelJS.Cell[] = [];
  for (let r = 2; r <= ws.rowCount; r += 1) {
    const cell = ws.getRow(r).getCell(c);
    if (cell.value !== null && cell.value !== '') cells.push(cell);
  }
  return cells;
}

describe('the workbook file as a spreadsheet program shows it', () => {
  const dir = tempDir();
  let server: RunningServer;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    server = await start(dir, { seed: true });
    await runTool(server, 'refreshDashboard');
    await flushed(server);
    wb = await readXlsx(join(dir, 'partnerkit.xlsx'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(DATA_TABS)('should freeze the header of %s and put a filter on it', (name) => {
    const ws = sheetOf(wb, name);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(String(ws.autoFilter ?? '')).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it('should name each filter as Excel does, so LibreOffice keeps it (it drops a filter without the name)', () => {
    const workbookXml = zipEntryText(
      new Uint8Array(readFileSync(join(dir, 'partnerkit.xlsx'))),
      'xl/workbook.xml',
    );
    for (const name of DATA_TABS) {
      const ws = sheetOf(wb, name);
      const ref = String(ws.autoFilter).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      expect(workbookXml).toContain(`&apos;${name}&apos;!${ref}</definedName>`);
    }
    expect(workbookXml.match(/name="_xlnm._FilterDatabase"/g)?.length).toBe(DATA_TABS.length);
  });

  it('should size each column to its content, capped, and wrap what is longer', () => {
    const ws = sheetOf(wb, 'Stakeholders');
    const names = cellsUnder(ws, 'Name').map((cell) => String(cell.value));
    const longest = Math.max(...names.map((n) => n.length));
    const nameWidth = ws.getColumn(column(ws, 'Name')).width ?? 0;
    expect(nameWidth).toBeGreaterThanOrEqual(Math.min(longest, MAX_WIDTH));
    expect(nameWidth).toBeLessThanOrEqual(MAX_WIDTH);
    for (let c = 1; c <= ws.columnCount; c += 1)
      expect(ws.getColumn(c).width ?? 0).toBeLessThanOrEqual(MAX_WIDTH);
    const long = [...cellsUnder(ws, 'Score Notes'), ...cellsUnder(ws, 'Description')].filter(
      (cell) => String(cell.value).length > MAX_WIDTH,
    );
    expect(long.length).toBeGreaterThan(0);
    for (const cell of long) expect(cell.alignment?.wrapText).toBe(true);
  });

  it('should hide the 36-character IDs', () => {
    for (const name of ['Stakeholders', 'Funding', 'Impact']) {
      const ws = sheetOf(wb, name);
      expect(ws.getColumn(column(ws, 'ID')).hidden).toBe(true);
    }
  });

  it('should give dates room and the formats the add-on sets in Google', () => {
    const funding = sheetOf(wb, 'Funding');
    expect(funding.getColumn(column(funding, 'Deadline')).width ?? 0).toBeGreaterThanOrEqual(12);
    const deadlines = cellsUnder(funding, 'Deadline');
    expect(deadlines.length).toBeGreaterThan(0);
    for (const cell of deadlines) expect(cell.numFmt).toBe('yyyy-mm-dd');
    for (const cell of cellsUnder(funding, 'Probability')) expect(cell.numFmt).toBe('0%');
    for (const cell of cellsUnder(funding, 'Amount Max')) expect(cell.numFmt).toBe('#,##0');
    const impact = sheetOf(wb, 'Impact');
    for (const cell of cellsUnder(impact, 'Progress')) expect(cell.numFmt).toBe('0%');
  });

  it("should show the Dashboard's shares and progress as percents", () => {
    const ws = sheetOf(wb, 'Dashboard');
    const under = (label: string) => {
      let found: ExcelJS.Cell | undefined;
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.value === label) found = cell;
        });
      });
      if (!found) throw new Error(`no "${label}" on the Dashboard`);
      return ws.getRow(Number(found.row) + 1).getCell(Number(found.col));
    };
    const share = under('Share of scored');
    expect(typeof share.value).toBe('number');
    expect(share.numFmt).toMatch(/%/);
    expect(under('Mean Progress').numFmt).toMatch(/%/);
    expect(under('Share').numFmt).toMatch(/%/);
  });
});

describe('column widths a person sets in a spreadsheet program', () => {
  it('should keep them at the next save, and size the other columns from content', async () => {
    const dir = tempDir();
    const path = join(dir, 'partnerkit.xlsx');
    const server = await start(dir, { seed: true });
    try {
      await flushed(server);
      const wb = await readXlsx(path);
      const ws = sheetOf(wb, 'Stakeholders');
      const notes = column(ws, 'Notes');
      const added = wb.addWorksheet('My notes');
      added.getCell('A1').value = 'Idea';
      added.getColumn(1).width = 33;
      ws.getColumn(notes).width = 72;
      await wb.xlsx.writeFile(path);

      await runTool(server, 'scorePartners');
      await flushed(server);
      const again = await readXlsx(path);
      const after = sheetOf(again, 'Stakeholders');
      expect(after.getColumn(notes).width).toBeCloseTo(72, 0);
      expect(sheetOf(again, 'My notes').getColumn(1).width).toBeCloseTo(33, 0);
      expect(after.getColumn(column(after, 'Name')).width ?? 0).toBeLessThanOrEqual(MAX_WIDTH);
      expect(after.getColumn(column(after, 'ID')).hidden).toBe(true);
    } finally {
      await server.close();
    }
  });
});
