import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { CorruptWorkbookError, ForeignWorkbookError } from '../../local/errors.ts';
import { workbookPath } from '../../local/workbook-file.ts';
import { flushed, orgClip, postClips, readXlsx, rowsOf, start, tempDir } from './local-harness.ts';

const dirs: string[] = [];
function dir(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('workbook file safety', () => {
  it('should refuse a corrupt file with a clear error and leave it untouched', async () => {
    const d = dir();
    const bytes = Buffer.from('PK\u0003\u0004 this is not really a zip');
    writeFileSync(workbookPath(d), bytes);
    await expect(start(d)).rejects.toThrow(CorruptWorkbookError);
    await expect(start(d)).rejects.toThrow(/is not a readable xlsx file/);
    expect(readFileSync(workbookPath(d))).toEqual(bytes);
  });

  it('should refuse a spreadsheet Partnerkit did not make and leave it untouched', async () => {
    const d = dir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').getCell('A1').value = 'someone else';
    await wb.xlsx.writeFile(workbookPath(d));
    const before = readFileSync(workbookPath(d));
    await expect(start(d)).rejects.toThrow(ForeignWorkbookError);
    expect(readFileSync(workbookPath(d))).toEqual(before);
  });

  it('should keep the old file whole when a save fails before the rename, and the acknowledged clip in the journal', async () => {
    const d = dir();
    let fail = false;
    const server = await start(d, {
      beforeRename: () => {
        if (fail) throw new Error('disk full (simulated)');
      },
    });
    const journaled = orgClip('Journaled Only');
    try {
      await postClips(server, [orgClip('Saved Before Failure')]);
      await flushed(server);
      const before = readFileSync(server.workbook.path);
      fail = true;
      const { json } = await postClips(server, [journaled]);
      expect(json).toMatchObject({ ok: true, results: [{ status: 'added' }] });
      await expect(flushed(server)).rejects.toThrow('disk full');
      expect(readFileSync(server.workbook.path)).toEqual(before);
      expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      const names = rowsOf(await readXlsx(server.workbook.path), 'Stakeholders').map((r) => r.values.Name);
      expect(names).toContain('Saved Before Failure');
      expect(names).not.toContain('Journaled Only');
    } finally {
      await server.close();
    }
    // The process stopped without saving it: the next start applies the journal entry again.
    const again = await start(d);
    try {
      const { json } = await postClips(again, [journaled]);
      expect(json).toMatchObject({ ok: true, results: [{ status: 'duplicate' }] });
      await flushed(again);
      const names = rowsOf(await readXlsx(again.workbook.path), 'Stakeholders').map((r) => r.values.Name);
      expect(names.filter((n) => n === 'Journaled Only')).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('should survive a process killed mid-write: the old file loads, the leftover temp is removed', {
    timeout: 60_000,
  }, async () => {
    const d = dir();
    const first = await start(d);
    await postClips(first, [orgClip('Before The Crash')]);
    await first.close();
    const before = readFileSync(workbookPath(d));

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'fixtures/hang-mid-write.ts'), d],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('temp written')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    expect(readFileSync(workbookPath(d))).toEqual(before);

    const again = await start(d);
    try {
      expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      const names = rowsOf(await readXlsx(again.workbook.path), 'Stakeholders').map((r) => r.values.Name);
      expect(names).toContain('Before The Crash');
      expect(names).not.toContain('Half Written');
    } finally {
      await again.close();
    }
  });
});
