/**
 * Service calls and time per add-on tool at 1,000, 10,000 and 50,000 rows, on the built bundle in
 * the emulator. Calls must not grow with rows.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRuntime, loadBundle, readManifest, type SheetData } from '../apps-script/emulator/index.ts';
import { FUNDING, IMPACT, STAKEHOLDERS } from '../shared/workbook-schema.ts';

const bundle = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../apps-script/dist/Code.js'),
  'utf8',
);
const SIZES = [1_000, 10_000, 50_000];
const TOOLS = [
  'scorePartners',
  'buildStakeholderMap',
  'updateFundingTracker',
  'updateImpactScorecard',
  'refreshDashboard',
  'shareWithPartners',
];
const TYPES = ['foundation', 'corporate', 'government', 'ngo', 'academic'];
const STAGES = ['prospect', 'researching', 'drafting', 'submitted', 'awarded'];

function tabOf(
  name: string,
  headers: readonly string[],
  rows: number,
  cell: (h: string, i: number) => unknown,
): SheetData {
  const values = [
    headers as unknown[],
    ...Array.from({ length: rows }, (_, i) => headers.map((h) => cell(h, i))),
  ];
  return {
    name,
    sheetId: name.length,
    maxRows: rows + 10,
    maxColumns: headers.length,
    frozenRows: 1,
    frozenColumns: 0,
    values: values as SheetData['values'],
  };
}

function stakeholderCell(header: string, i: number): unknown {
  if (header === 'Name') return `Partner ${i}`;
  if (header === 'Type') return TYPES[i % TYPES.length];
  if (header === 'Emails') return `partner${i}@example.org`;
  // The same three access changes at every size: calls may grow with changes, never with rows.
  if (header === 'Share Access') return ['viewer', 'commenter', 'editor'][i] ?? 'none';
  if (STAKEHOLDERS.headers.indexOf(header) >= 9 && STAKEHOLDERS.headers.indexOf(header) <= 15)
    return ((i * 7 + header.length) % 5) + 1;
  return '';
}

function fundingCell(header: string, i: number): unknown {
  if (header === 'Opportunity') return `Call ${i}`;
  if (header === 'Stage') return STAGES[i % STAGES.length];
  if (header === 'Amount Max') return 1_000 + (i % 100) * 500;
  if (header === 'Deadline') return `2025-${String((i % 12) + 1).padStart(2, '0')}-15`;
  if (header === 'Source Type') return TYPES[i % 3];
  return '';
}

function impactCell(header: string, i: number): unknown {
  const values: Record<string, unknown> = {
    Goal: `Goal ${i % 20}`,
    Indicator: 'People',
    Unit: 'people',
    Baseline: 0,
    Target: 100,
    Actual: i % 120,
    'Start Date': '2025-01-01',
    'Due Date': '2025-12-31',
    Owner: 'Ana',
  };
  return values[header] ?? '';
}

/** Prints calls and milliseconds per tool and size. */
export async function run(): Promise<void> {
  console.log('tool'.padEnd(24) + SIZES.map((n) => `${n.toLocaleString('en')} rows`.padStart(22)).join(''));
  const results = new Map<string, string[]>();
  for (const rows of SIZES) {
    const runtime = createRuntime({
      timeZone: 'Etc/UTC',
      now: () => new Date('2025-06-01T12:00:00Z'),
      manifest: readManifest(fileURLToPath(new URL('../apps-script/appsscript.json', import.meta.url))),
    });
    const fns = loadBundle(bundle, runtime);
    fns.setUpWorkbook?.();
    const data = runtime.spreadsheet.snapshot();
    const replace = (tab: SheetData) =>
      data.sheets.map((s) => (s.name === tab.name ? { ...tab, sheetId: s.sheetId } : s));
    data.sheets = replace(tabOf(STAKEHOLDERS.name, STAKEHOLDERS.headers, rows, stakeholderCell));
    data.sheets = replace(tabOf(FUNDING.name, FUNDING.headers, rows, fundingCell));
    data.sheets = replace(tabOf(IMPACT.name, IMPACT.headers, rows, impactCell));
    runtime.spreadsheet.load(data);
    for (const tool of TOOLS) {
      runtime.ui.clear();
      runtime.ui.answer({ button: 'YES' });
      runtime.calls.reset();
      const started = performance.now();
      fns[tool]?.();
      const ms = performance.now() - started;
      // shareWithPartners asks before it changes anything (YES_NO); any other alert is an error.
      const failed = runtime.ui.alerts.some((a) => a.buttons !== 'YES_NO') ? ' FAILED' : '';
      const cells = results.get(tool) ?? [];
      cells.push(`${runtime.calls.total()} calls ${ms.toFixed(0).padStart(5)} ms${failed}`);
      results.set(tool, cells);
    }
  }
  for (const [tool, cells] of results)
    console.log(tool.padEnd(24) + cells.map((c) => c.padStart(22)).join(''));
}
