/**
 * Memory of the local workbook at 10,000 Stakeholders rows: builds the file once, then opens it in
 * a fresh Node process and prints RSS and heap (after a GC) after opening and after saves.
 *
 *   npx tsx scripts/measure-workbook-memory.ts [rows]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typeRows } from '../local/demo-seed.ts';
import { LocalWorkbook } from '../local/local-workbook.ts';
import { DEFAULT_BUNDLE_PATH } from '../local/server.ts';

const bundleCode = () => readFileSync(DEFAULT_BUNDLE_PATH, 'utf8');
const scriptUrl = 'http://localhost/exec';

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function report(label: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.log(`${label.padEnd(34)} rss ${mb(m.rss).padStart(7)}  heap ${mb(m.heapUsed).padStart(7)}`);
}

async function build(dataDir: string, rows: number): Promise<void> {
  const workbook = await LocalWorkbook.open({ dataDir, bundleCode: bundleCode(), scriptUrl });
  const people = Array.from({ length: rows }, (_, i) => ({
    ID: `bench-${i}`,
    Name: `Partner Organisation ${i}`,
    Type: i % 3 === 0 ? 'foundation' : 'ngo',
    Website: `https://partner-${i}.example.org`,
    Email: `hello@partner-${i}.example.org`,
    Country: 'Kenya',
    Description: `A partner that works on water, schools and health in district ${i % 50}.`,
    'Source URL': `https://directory.example.org/p/${i}`,
    Notes: i % 10 === 0 ? 'Met at the summit' : '',
  }));
  typeRows(workbook.runtime, 'Stakeholders', people);
  await workbook.save();
  await workbook.close();
}

async function open(dataDir: string): Promise<void> {
  const code = bundleCode();
  report('before opening');
  const workbook = await LocalWorkbook.open({ dataDir, bundleCode: code, scriptUrl });
  report('after opening (decode + load)');
  await workbook.save();
  report('after one save (snapshot + encode)');
  for (let i = 0; i < 20; i += 1) await workbook.save();
  report('after 20 more saves');
  const rows = workbook.runtime.spreadsheet.fake.getSheetByName('Stakeholders')?.getLastRow();
  console.log(`Stakeholders rows: ${rows}; peak rss ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'open' && arg) await open(arg);
else {
  const rows = Number(mode ?? 10_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'partnerkit-memory-'));
  try {
    await build(dataDir, rows);
    console.log(`file: ${(statSync(join(dataDir, 'partnerkit.xlsx')).size / 1024).toFixed(0)} KiB`);
    const self = fileURLToPath(import.meta.url);
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, 'open', dataDir], {
      stdio: 'inherit',
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
