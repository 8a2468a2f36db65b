/**
 * A new workbook: the add-on sets it up; the demo's rows are typed in (through the emulator, as a
 * person would type them), then the add-on's tools compute scores, maps, funding and the dashboard.
 */
import type { BundleFunction, Runtime } from '../apps-script/emulator/index.ts';
import { type DemoRow, demoWorkbook } from './demo-data.ts';

/** The tools the seed runs after typing the rows, in order. */
const SEED_TOOLS = [
  'scorePartners',
  'buildStakeholderMap',
  'updateFundingTracker',
  'updateImpactScorecard',
  'checkDueDiligence',
  'refreshDashboard',
  'updateMobilisationPlan',
  'summariseHealthCheck',
];

/** Writes rows under the matching headers of a tab (unknown headers are skipped). */
export function typeRows(runtime: Runtime, tabName: string, rows: readonly DemoRow[]): void {
  const sheet = runtime.spreadsheet.fake.getSheetByName(tabName);
  if (!sheet || rows.length === 0) return;
  const width = sheet.getLastColumn();
  const header = sheet._rangeAt(1, 1, 1, width).getValues()[0] ?? [];
  const columns = header.map((h) => String(h).trim().toLowerCase());
  const values = rows.map((row) => {
    const line: (string | number)[] = new Array(width).fill('');
    for (const [key, value] of Object.entries(row)) {
      const index = columns.indexOf(key.toLowerCase());
      if (index >= 0) line[index] = value;
    }
    return line;
  });
  const start = sheet.getLastRow() + 1;
  const missing = start + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet._rangeAt(start, 1, rows.length, width).setValues(values);
}

/** Sets up a new workbook with the add-on's own setUpWorkbook (and drops the blank "Sheet1"). */
export function setUpNewWorkbook(runtime: Runtime, fns: Record<string, BundleFunction>): void {
  const setUp = fns.setUpWorkbook;
  if (!setUp) throw new Error('The add-on bundle has no setUpWorkbook.');
  setUp();
  // A new spreadsheet's empty "Sheet1" is noise next to the Partnerkit tabs.
  const blank = runtime.spreadsheet.fake.getSheetByName('Sheet1');
  if (blank && blank.getLastRow() === 0 && runtime.spreadsheet.fake.getNumSheets() > 1)
    runtime.spreadsheet.fake.deleteSheet(blank);
  runtime.ui.clear();
}

/** Fills a set-up workbook with the demo, running the tools the bundle has. */
export function seedDemo(runtime: Runtime, fns: Record<string, BundleFunction>, today: Date): void {
  const demo = demoWorkbook(today);
  for (const [tab, rows] of Object.entries(demo)) typeRows(runtime, tab, rows);
  for (const tool of SEED_TOOLS) fns[tool]?.();
  runtime.ui.clear();
}
