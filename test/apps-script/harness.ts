/** Loads the built add-on bundle into a fresh emulated Apps Script runtime. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BundleFunction,
  createRuntime,
  loadBundle,
  type Runtime,
  type RuntimeOptions,
  readManifest,
  type SheetData,
} from '../../apps-script/emulator/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const bundlePath = join(here, '../../apps-script/dist/Code.js');
/** The add-on's real manifest: its scopes are enforced and its advanced services enabled. */
export const manifest = readManifest(join(here, '../../apps-script/appsscript.json'));
let bundle: string | undefined;

export interface AddOn {
  runtime: Runtime;
  fns: Record<string, BundleFunction>;
}

/** A runtime (UTC, a fixed "now" unless given, the real manifest) with the built bundle loaded. */
export function loadAddOn(options: RuntimeOptions = {}): AddOn {
  bundle ??= readFileSync(bundlePath, 'utf8');
  const runtime = createRuntime({
    timeZone: 'Etc/UTC',
    now: () => new Date('2025-03-01T12:00:00Z'),
    manifest,
    ...options,
  });
  return { runtime, fns: loadBundle(bundle, runtime) };
}

/** Calls a global function of the bundle by name. */
export function call(addOn: AddOn, name: string, ...args: unknown[]): unknown {
  const fn = addOn.fns[name];
  if (!fn) throw new Error(`The bundle has no global ${name}`);
  return fn(...args);
}

/** The header and data rows of a tab as host values. */
export function tab(addOn: AddOn, name: string): { header: unknown[]; rows: unknown[][] } {
  const values = addOn.runtime.spreadsheet.values(name);
  if (!values) throw new Error(`No tab ${name}`);
  return { header: values[0] ?? [], rows: values.slice(1) };
}

/** One column of a tab by header text. */
export function column(addOn: AddOn, tabName: string, header: string): unknown[] {
  const { header: headers, rows } = tab(addOn, tabName);
  const index = headers.findIndex((h) => String(h).toLowerCase() === header.toLowerCase());
  if (index < 0) throw new Error(`No column ${header} in ${tabName}`);
  return rows.map((row) => row[index]);
}

/** A tab for a starting workbook, sized like a new Sheets tab. */
export function sheetData(name: string, values: unknown[][], sheetId = 1): SheetData {
  const width = Math.max(0, ...values.map((row) => row.length));
  return {
    name,
    sheetId,
    maxRows: Math.max(1000, values.length + 10),
    maxColumns: Math.max(26, width),
    frozenRows: 0,
    frozenColumns: 0,
    values: values as SheetData['values'],
  };
}

/** A runtime whose workbook has these tabs, then set up by the add-on. */
export function setUpWith(tabs: Record<string, unknown[][]>, options: RuntimeOptions = {}): AddOn {
  const sheets = Object.entries(tabs).map(([name, values], i) => sheetData(name, values, i + 1));
  const addOn = loadAddOn({
    ...options,
    workbook: { id: 'SHEET_ID', name: 'Partners', timeZone: 'Etc/UTC', sheets },
  });
  call(addOn, 'setUpWorkbook');
  return addOn;
}

/** Rows written as a record per header, in the given header order. */
export function rowsOf(headers: readonly string[], records: Record<string, unknown>[]): unknown[][] {
  return [headers as unknown[], ...records.map((record) => headers.map((h) => record[h] ?? ''))];
}

/** The last alert's text, if any. */
export function lastAlert(addOn: AddOn): string | undefined {
  return addOn.runtime.ui.alerts.at(-1)?.prompt;
}
