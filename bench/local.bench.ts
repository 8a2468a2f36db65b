/**
 * Local workbook figures: clips per second through `/exec` (HTTP, add-on bundle, atomic xlsx save
 * before each answer) for batches of 1 and 500, and the service calls one post makes.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BUNDLE_PATH, type RunningServer, startServer } from '../local/server.ts';

const TOKEN = 'bench-token-0123456789abcdefABCDEF';

function clip(n: number) {
  const id = randomUUID();
  return {
    id,
    kind: 'organization',
    capturedAt: new Date().toISOString(),
    sourceUrl: `https://bench.example.org/${n}`,
    organization: {
      name: `Bench Partner ${n} ${id.slice(0, 8)}`,
      type: 'ngo',
      website: `https://${id.slice(0, 8)}.example.org`,
    },
  };
}

async function postBatch(server: RunningServer, size: number, offset: number): Promise<void> {
  const clips = Array.from({ length: size }, (_, i) => clip(offset + i));
  const res = await fetch(server.endpoint, {
    method: 'POST',
    body: JSON.stringify({ v: 1, token: TOKEN, clips }),
  });
  const json = (await res.json()) as { ok: boolean };
  if (!json.ok) throw new Error(`post failed: ${JSON.stringify(json)}`);
}

async function measure(server: RunningServer, batch: number, posts: number, offset: number) {
  const started = performance.now();
  for (let i = 0; i < posts; i += 1) await postBatch(server, batch, offset + i * batch);
  const seconds = (performance.now() - started) / 1000;
  const calls = server.workbook.runtime.calls;
  return {
    clipsPerSecond: (batch * posts) / seconds,
    calls: calls.total(),
    sheetCalls: calls.get('Range.*') + calls.get('Sheet.*'),
  };
}

/** Prints clips/s for batches of 1 and 500 and the calls of the last post of each. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'partnerkit-bench-'));
  const server = await startServer({
    port: 0,
    dataDir: dir,
    token: TOKEN,
    seed: true,
    bundleCode: readFileSync(DEFAULT_BUNDLE_PATH, 'utf8'),
  });
  try {
    const single = await measure(server, 1, 40, 0);
    const large = await measure(server, 500, 4, 1000);
    const rows = server.workbook.runtime.spreadsheet.fake.getSheetByName('Stakeholders')?.getLastRow() ?? 0;
    console.log(
      `batch 1:   ${single.clipsPerSecond.toFixed(1)} clips/s (40 posts; ${single.calls} service calls a post)`,
    );
    console.log(
      `batch 500: ${large.clipsPerSecond.toFixed(0)} clips/s (4 posts; ${large.calls} service calls a post)`,
    );
    console.log(
      `Range+Sheet calls a post: batch 1 ${single.sheetCalls}, batch 500 ${large.sheetCalls}; Stakeholders rows at end: ${rows}`,
    );
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
