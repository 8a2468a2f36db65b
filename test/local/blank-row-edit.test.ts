import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flushed, orgClip, postClips, readXlsx, start, tempDir } from './local-harness.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Column B (Name) of every Stakeholders row under the header, blank rows included. */
async function namesOnDisk(path: string): Promise<string[]> {
  const sheet = (await readXlsx(path)).getWorksheet('Stakeholders');
  if (!sheet) throw new Error('No Stakeholders tab');
  const names: string[] = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) names.push(String(sheet.getCell(r, 2).value ?? ''));
  while (names.at(-1) === '') names.pop();
  return names;
}

// A person clears one Stakeholders row in a spreadsheet program and saves while the server runs.
describe('a workbook a person edited and saved while the server runs', () => {
  it('should keep every other row, the blank row in place and their formula, through the next clip and a restart', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const path = join(dataDir, 'partnerkit.xlsx');
    const server = await start(dataDir, { seed: true });
    let before: string[];
    try {
      const wb = await readXlsx(path);
      const sheet = wb.getWorksheet('Stakeholders');
      if (!sheet) throw new Error('No Stakeholders tab');
      for (let c = 1; c <= sheet.columnCount; c += 1) sheet.getCell(3, c).value = null;
      const funding = wb.getWorksheet('Funding');
      // Amount Max typed as a formula; the program saved its result beside it.
      if (funding) funding.getCell('F2').value = { formula: 'E2*2.5', result: 25000 };
      await wb.xlsx.writeFile(path);
      before = await namesOnDisk(path);
      expect(before[1]).toBe('');
      expect(before.filter(Boolean).length).toBeGreaterThan(3);

      const { json } = await postClips(server, [orgClip('After The Blank Row')]);
      expect(json).toMatchObject({ ok: true, results: [{ status: 'added' }] });
      await flushed(server);
      expect(await namesOnDisk(path)).toEqual([...before, 'After The Blank Row']);
      const saved = (await readXlsx(path)).getWorksheet('Funding')?.getCell('F2').value;
      expect(saved).toMatchObject({ formula: 'E2*2.5', result: 25000 });
    } finally {
      await server.close();
    }
    const again = await start(dataDir);
    try {
      const { json } = await postClips(again, [orgClip('After A Restart')]);
      expect(json).toMatchObject({ ok: true, results: [{ status: 'added' }] });
      await flushed(again);
      expect(await namesOnDisk(path)).toEqual([...before, 'After The Blank Row', 'After A Restart']);
    } finally {
      await again.close();
    }
  });
});
