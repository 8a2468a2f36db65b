/**
 * `npm run eval:extract`: runs extractPage on every labelled page in ../shared/fixtures/pages and prints
 * per-field precision, recall and F1, the macro-F1, and time per page. `-v` lists every mismatch.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '../shared/extract/extract-page.ts';
import { toPlainCapture } from '../shared/extract/plain-capture.ts';
import type { PlainCapture } from '../shared/extract/types.ts';
import {
  type Alternatives,
  type Counts,
  f1,
  macroF1,
  SCORED_FIELDS,
  type ScoredField,
  scorePage,
  sumCounts,
} from './eval/score.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = resolve(root, '../shared/fixtures/pages');
const verbose = process.argv.includes('-v');

/** Values the labelling notes (SOURCES.md, "Judgement calls") say a scorer should also accept. */
const ACCEPTED: Record<string, Alternatives> = {
  'ardc-apply-for-a-grant': { deadline: ['2026-04-01', '2026-07-01', '2026-09-01'] },
};

if (!existsSync(pagesDir)) {
  console.log(`No labelled pages at ${pagesDir}: skipping the extraction eval.`);
  process.exit(0);
}

const names = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''))
  .sort();
const perPage: Record<ScoredField, Counts>[] = [];
const times: number[] = [];
const warmTimes: number[] = [];
let failures = 0;

for (const name of names) {
  const label = JSON.parse(readFileSync(join(pagesDir, `${name}.expected.json`), 'utf8')) as PlainCapture & {
    url: string;
  };
  const { document } = parseHTML(html(name));
  const started = performance.now();
  let actual: PlainCapture;
  try {
    actual = toPlainCapture(extractPage(document as unknown as Document, label.url));
  } catch (error) {
    failures++;
    console.log(`${name}: THREW ${String(error)}`);
    continue;
  }
  times.push(performance.now() - started);
  warmTimes.push(timeWarm(html(name), label.url));
  const counts = scorePage(label, actual, ACCEPTED[name]);
  perPage.push(counts);
  if (verbose) reportPage(name, label, actual, counts);
}

const total = sumCounts(perPage);
console.log(`\n${'field'.padEnd(11)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   tp  fp  fn`);
for (const field of SCORED_FIELDS) {
  const { precision, recall, f1: score } = f1(total[field]);
  const c = total[field];
  console.log(
    `${field.padEnd(11)} ${fmt(precision)} ${fmt(recall)} ${fmt(score)}  ${pad(c.tp)} ${pad(c.fp)} ${pad(c.fn)}`,
  );
}
console.log(`\nmacro-F1 ${macroF1(total).toFixed(3)} over ${perPage.length} pages; ${failures} threw`);
console.log(`ms per page, first run (cold JIT): ${timing(times)}`);
console.log(`ms per page, warm (third run on a fresh parse): ${timing(warmTimes)}`);

function html(name: string): string {
  return readFileSync(join(pagesDir, `${name}.html`), 'utf8');
}

/** Extraction time on a fresh parse after two warm-up runs, as in a long-lived page context. */
function timeWarm(source: string, url: string): number {
  for (let i = 0; i < 2; i++) extractPage(parseHTML(source).document as unknown as Document, url);
  const doc = parseHTML(source).document as unknown as Document;
  const started = performance.now();
  extractPage(doc, url);
  return performance.now() - started;
}

function timing(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${median(sorted).toFixed(1)}, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)}`;
}

function reportPage(
  name: string,
  label: PlainCapture,
  actual: PlainCapture,
  counts: Record<ScoredField, Counts>,
): void {
  for (const field of SCORED_FIELDS) {
    const c = counts[field];
    if (c.fp === 0 && c.fn === 0) continue;
    console.log(
      `${name} ${field}: expected ${show(fieldValue(label, field))} got ${show(fieldValue(actual, field))}`,
    );
  }
}

function fieldValue(capture: PlainCapture, field: ScoredField): unknown {
  if (field === 'kind' || field === 'items') return capture[field];
  const org = capture.organization as Record<string, unknown> | null;
  const opp = capture.opportunity as Record<string, unknown> | null;
  return org && field in org ? org[field] : opp ? opp[field] : null;
}

function show(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 300) ?? 'undefined';
}

function fmt(n: number): string {
  return n.toFixed(2).padStart(5);
}

function pad(n: number): string {
  return String(n).padStart(3);
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
