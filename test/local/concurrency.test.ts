import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../local/server.ts';
import { flushed, orgClip, postClips, readXlsx, rowsOf, start, tempDir } from './local-harness.ts';

describe('concurrent posts', () => {
  const dir = tempDir();
  let server: RunningServer;

  beforeAll(async () => {
    server = await start(dir);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should keep exactly 1000 rows from 10 clients × 100 clips at once, on disk too', {
    timeout: 120_000,
  }, async () => {
    const clients = Array.from({ length: 10 }, (_, c) =>
      Array.from({ length: 100 }, (_, i) => orgClip(`Client ${c} Partner ${i}`)),
    );
    const answers = await Promise.all(clients.map((clips) => postClips(server, clips)));
    for (const { json } of answers) {
      expect(json.ok).toBe(true);
      expect((json.results as { status: string }[]).every((r) => r.status === 'added')).toBe(true);
    }
    await flushed(server);
    const ids: string[] = clients.flat().map((clip) => clip.id);
    const rows = rowsOf(await readXlsx(server.workbook.path), 'Stakeholders').filter((r) =>
      ids.includes(String(r.values.ID)),
    );
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.values.ID)).size).toBe(1000);
  });

  it('should never interleave many small posts: every clip once, rows numbered without gaps', {
    timeout: 120_000,
  }, async () => {
    const clients = Array.from({ length: 10 }, (_, c) =>
      Array.from({ length: 5 }, (_, i) => orgClip(`Small ${c}-${i}`)),
    );
    const answers = await Promise.all(
      clients.map(async (clips) => {
        const results = [];
        for (const clip of clips) results.push(await postClips(server, [clip]));
        return results;
      }),
    );
    const rowsAnswered = answers.flat().map(({ json }) => (json.results as { row: number }[])[0]?.row);
    expect(new Set(rowsAnswered).size).toBe(50);
    const sorted = [...rowsAnswered].sort((a, b) => (a ?? 0) - (b ?? 0));
    expect((sorted.at(-1) ?? 0) - (sorted[0] ?? 0)).toBe(49);
    await flushed(server);
    const rows = rowsOf(await readXlsx(server.workbook.path), 'Stakeholders');
    expect(rows.filter((r) => String(r.values.Name).startsWith('Small '))).toHaveLength(50);
  });
});
