/**
 * Extraction time: median per labelled fixture page (../shared/fixtures/pages), and a generated ~2 MB
 * directory page with 1,000 entries. Targets: median < 20 ms, the 2 MB page < 250 ms, in Node with linkedom.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '../shared/extract/extract-page.ts';

const pagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/pages');
const RUNS = 5;

/** A directory page of `entries` organisations, each with a linked name, a long description and contacts. */
export function directoryPage(entries: number): string {
  const filler =
    'Community partners deliver education, health and climate programmes with local volunteers. '.repeat(20);
  const items = Array.from(
    { length: entries },
    (_, i) =>
      `<li class="org-card"><h3><a href="/orgs/${i}">Partner Organisation ${i} Foundation</a></h3>` +
      `<p>${filler}</p><p>Grants up to $${(i + 1) * 100} · Contact info${i}@partner${i}.org · +1 212-555-${String(i % 10000).padStart(4, '0')}</p></li>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>Partner directory | Example Network</title></head><body>
<header><nav><a href="/">Home</a><a href="/about">About</a></nav></header>
<main><h1>Partner directory</h1><ul class="directory">${items}</ul></main>
<footer>© 2026 Example Network · hello@example-network.org</footer></body></html>`;
}

function timeExtraction(html: string, url: string): { parse: number; extract: number; summary: string } {
  const parseTimes: number[] = [];
  const extractTimes: number[] = [];
  let summary = '';
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now();
    const { document } = parseHTML(html);
    parseTimes.push(performance.now() - started);
    started = performance.now();
    const capture = extractPage(document as unknown as Document, url);
    extractTimes.push(performance.now() - started);
    summary = `${capture.kind.value}, ${capture.items.length} items`;
  }
  return { parse: median(parseTimes), extract: median(extractTimes), summary };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Prints the extraction figures. */
export async function run(): Promise<void> {
  if (existsSync(pagesDir)) {
    const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html'));
    const perPage = pages.map((file) => {
      const label = JSON.parse(
        readFileSync(join(pagesDir, file.replace('.html', '.expected.json')), 'utf8'),
      ) as { url: string };
      return timeExtraction(readFileSync(join(pagesDir, file), 'utf8'), label.url).extract;
    });
    const sorted = [...perPage].sort((a, b) => a - b);
    console.log(
      `fixture pages (${pages.length}): median ${median(sorted).toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms per page (target: median < 20 ms)`,
    );
  } else {
    console.log(`no fixture pages at ${pagesDir}: skipped`);
  }
  const html = directoryPage(1000);
  const { parse, extract, summary } = timeExtraction(html, 'https://directory.example.org/partners/');
  const mb = (Buffer.byteLength(html) / 1024 / 1024).toFixed(2);
  console.log(
    `generated directory, ${mb} MB, 1,000 entries (found: ${summary}): extract ${extract.toFixed(1)} ms (target < 250 ms); linkedom parse ${parse.toFixed(1)} ms`,
  );
}
