import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../local/local-workbook.ts';
import type { RunningServer } from '../../local/server.ts';
import { crashRound } from './crash-harness.ts';
import {
  fetchState,
  flushed,
  orgClip,
  post,
  postClips,
  readXlsx,
  rowsOf,
  start,
  TOKEN,
  tempDir,
} from './local-harness.ts';

const dirs: string[] = [];
function dir(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Stakeholders IDs and Notes in the xlsx file. */
async function stakeholdersInFile(server: RunningServer) {
  return rowsOf(await readXlsx(server.workbook.path), 'Stakeholders').map((r) => r.values);
}

/** A person's edit made in a spreadsheet program: Notes of the row holding `id`, saved over the file. */
async function typeNote(path: string, id: string, note: string, bytes?: Buffer): Promise<void> {
  if (bytes) writeFileSync(path, bytes);
  const wb = await readXlsx(path);
  const sheet = wb.getWorksheet('Stakeholders');
  if (!sheet) throw new Error('No Stakeholders tab');
  const header = (sheet.getRow(1).values as unknown[]).map((h) => String(h ?? ''));
  sheet.eachRow((row) => {
    if (row.getCell(header.indexOf('ID')).value === id) row.getCell(header.indexOf('Notes')).value = note;
  });
  await wb.xlsx.writeFile(path);
}

describe('local workbook durability', () => {
  it('should change no byte of the file for a ping, a wrong token, malformed JSON, a lookup or the page', async () => {
    const server = await start(dir());
    try {
      await postClips(server, [orgClip('Quiet Trust')]);
      await flushed(server);
      const path = server.workbook.path;
      const before = { bytes: readFileSync(path), mtime: statSync(path).mtimeMs };
      await fetch(server.endpoint);
      await postClips(server, [orgClip('Refused Trust')], 'wrong-token-wrong-token-wrong');
      await post(server, '{"v":1,"token":');
      await post(server, { v: 1, token: TOKEN, lookup: [{ name: 'quiet trust' }] });
      await fetchState(server);
      await pause(500);
      await flushed(server);
      expect(statSync(path).mtimeMs).toBe(before.mtime);
      expect(readFileSync(path)).toEqual(before.bytes);
    } finally {
      await server.close();
    }
  });

  it('should acknowledge a clip once the journal holds it, before the xlsx is written', async () => {
    const d = dir();
    let release: () => void = () => undefined;
    let hold = false;
    const server = await start(d, {
      beforeRename: () => (hold ? new Promise<void>((resolve) => (release = resolve)) : undefined),
    });
    try {
      hold = true;
      const clip = orgClip('Journaled Trust');
      const { json } = await postClips(server, [clip]);
      expect(json).toMatchObject({ ok: true, results: [{ status: 'added' }] });
      expect(readFileSync(join(d, JOURNAL_FILE), 'utf8')).toContain(clip.id);
      expect((await stakeholdersInFile(server)).map((r) => r.ID)).not.toContain(clip.id);
      hold = false;
      release();
      await flushed(server);
      expect((await stakeholdersInFile(server)).map((r) => r.ID)).toContain(clip.id);
    } finally {
      release();
      await server.close();
    }
  });

  it('should keep both a person’s save and every acknowledged clip when they save during a stream of clips', {
    timeout: 60_000,
  }, async () => {
    const server = await start(dir());
    const path = server.workbook.path;
    try {
      const first = orgClip('Edited Trust');
      await postClips(server, [first]);
      await flushed(server);
      const acknowledged: string[] = [first.id];
      let streaming = true;
      const stream = (async () => {
        for (let i = 0; streaming || i < 5; i += 1) {
          const clip = orgClip(`Stream Partner ${i}`);
          const { json } = await postClips(server, [clip]);
          if (json.ok === true) acknowledged.push(clip.id);
        }
      })();
      await pause(300);
      await typeNote(path, first.id, 'Typed in LibreOffice');
      await pause(300);
      streaming = false;
      await stream;
      await flushed(server);
      const rows = await stakeholdersInFile(server);
      expect(rows.find((r) => r.ID === first.id)?.Notes).toBe('Typed in LibreOffice');
      const ids = rows.map((r) => String(r.ID));
      for (const id of acknowledged) expect(ids.filter((x) => x === id)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('should apply again the acknowledged clips a stale outside save lacks, and keep its edit', async () => {
    const server = await start(dir());
    const path = server.workbook.path;
    try {
      const early = orgClip('Early Trust');
      await postClips(server, [early]);
      await flushed(server);
      const stale = readFileSync(path);
      const later = [orgClip('Later Trust'), orgClip('Latest Trust')];
      await postClips(server, [later[0]]);
      await flushed(server);
      await postClips(server, [later[1]]);
      await flushed(server);
      // The person's program opened the file before the later clips and saves now.
      await typeNote(path, early.id, 'Edited in an old copy', stale);
      await postClips(server, [orgClip('After The Save')]);
      await flushed(server);
      const rows = await stakeholdersInFile(server);
      expect(rows.map((r) => r.Name)).toEqual([
        'Early Trust',
        'Later Trust',
        'Latest Trust',
        'After The Save',
      ]);
      expect(rows[0]?.Notes).toBe('Edited in an old copy');
    } finally {
      await server.close();
    }
  });

  it('should keep a row a person deleted from an up-to-date copy deleted', async () => {
    const server = await start(dir());
    const path = server.workbook.path;
    try {
      const [keep, remove] = [orgClip('Kept Trust'), orgClip('Removed Trust')];
      await postClips(server, [keep, remove]);
      await flushed(server);
      const wb = await readXlsx(path);
      wb.getWorksheet('Stakeholders')?.spliceRows(3, 1);
      await wb.xlsx.writeFile(path);
      await postClips(server, [orgClip('Next Trust')]);
      await flushed(server);
      expect((await stakeholdersInFile(server)).map((r) => r.Name)).toEqual(['Kept Trust', 'Next Trust']);
    } finally {
      await server.close();
    }
  });

  it('should create a data folder that does not exist yet (a fresh clone)', async () => {
    const d = join(dir(), 'data', 'nested');
    const server = await start(d);
    try {
      await postClips(server, [orgClip('First Ever Trust')]);
      await flushed(server);
      expect((await stakeholdersInFile(server)).map((r) => r.Name)).toEqual(['First Ever Trust']);
    } finally {
      await server.close();
    }
  });

  it('should not bring back clips a deleted workbook file held', async () => {
    const d = dir();
    const first = await start(d);
    await postClips(first, [orgClip('Before The Reset')]);
    await first.close();
    rmSync(join(d, 'partnerkit.xlsx'));
    const again = await start(d);
    try {
      expect(again.workbook.runtime.spreadsheet.values('Stakeholders')?.slice(1)).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('should lose no acknowledged clip and duplicate none when the process is killed at random moments', {
    timeout: 120_000,
  }, async () => {
    const d = dir();
    for (let round = 0; round < 3; round += 1) {
      const result = await crashRound(d, round, { posts: 6, size: 100, killWithinMs: 1_500 });
      expect(result).toMatchObject({ lost: 0, duplicated: 0 });
    }
  });
});
