/**
 * Clipper figures: gzip sizes of the built popup, background and extraction script, and the time
 * the extraction script takes on each real fixture page in Chromium (median and max).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchClipper } from '../test/browser/launch-clipper.ts';
import { FIXTURE_PAGES, servePages } from '../test/browser/serve-pages.ts';

const BUILD = resolve(import.meta.dirname, '../.output/chrome-mv3');
const RUNS_PER_PAGE = 5;

const gzipKb = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(BUILD, file)), { level: 9 }).length, 0) / 1024;

// The popup's own files: its page, the scripts and styles it links (shared chunks included).
function popupFiles(): string[] {
  const html = readFileSync(join(BUILD, 'popup.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return ['popup.html', ...linked];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Prints the sizes against their targets, then the extraction times. */
export async function run(): Promise<void> {
  const sizes: [string, number, number][] = [
    ['popup (page + linked JS/CSS)', gzipKb(popupFiles()), 40],
    ['background', gzipKb(['background.js']), Number.POSITIVE_INFINITY],
    ['extraction script (content.js)', gzipKb(['content-scripts/content.js']), 80],
  ];
  for (const [name, kb, target] of sizes) {
    const goal = Number.isFinite(target) ? ` (target < ${target} KB)` : '';
    console.log(`${name}: ${kb.toFixed(1)} KB gzip${goal}`);
  }
  const script = readFileSync(join(BUILD, 'content-scripts/content.js'), 'utf8');
  const pages = readdirSync(FIXTURE_PAGES).filter((name) => name.endsWith('.html'));
  const server = await servePages();
  const clipper = await launchClipper();
  const perPage: number[] = [];
  try {
    // The fixtures link to the live web; nothing outside 127.0.0.1 is fetched, so timings are stable.
    await clipper.context.route(
      (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    const tab = await clipper.context.newPage();
    for (const name of pages) {
      await tab.goto(server.url(`fixtures/${name}`), { waitUntil: 'load' });
      const times: number[] = [];
      for (let i = 0; i < RUNS_PER_PAGE; i++) {
        // The built script runs its main() (extractPage and the selection) as soon as it is added.
        await tab.addScriptTag({
          content: `window.__clipStart = performance.now();\n${script}\n;window.__clipEnd = performance.now();`,
        });
        times.push(
          await tab.evaluate(() => {
            const timing = window as unknown as { __clipStart: number; __clipEnd: number };
            return timing.__clipEnd - timing.__clipStart;
          }),
        );
      }
      perPage.push(median(times));
    }
  } finally {
    await clipper.context.close();
    await server.close();
  }
  console.log(
    `extraction in Chromium on ${pages.length} fixture pages: median ${median(perPage).toFixed(1)} ms, ` +
      `max ${Math.max(...perPage).toFixed(1)} ms (target median < 20 ms)`,
  );
}
