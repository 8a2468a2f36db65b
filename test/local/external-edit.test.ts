import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flushed, orgClip, postClips, readXlsx, rowsOf, start, tempDir } from './local-harness.ts';

// A person may open data/partnerkit.xlsx in LibreOffice or Excel while the server runs.
describe('a workbook edited in a spreadsheet program while the server runs', () => {
  it('should keep what the person typed when the next clip arrives', async () => {
    const dataDir = tempDir();
    const path = join(dataDir, 'partnerkit.xlsx');
    const server = await start(dataDir);
    try {
      await postClips(server, [orgClip('First Trust')]);
      await flushed(server);
      const wb = await readXlsx(path);
      const sheet = wb.getWorksheet('Stakeholders');
      if (!sheet) throw new Error('No Stakeholders tab');
      const header = (sheet.getRow(1).values as unknown[]).map((h) => String(h ?? ''));
      const row = sheet.getRow(2);
      row.getCell(header.indexOf('Trust')).value = 5;
      row.getCell(header.indexOf('Notes')).value = 'Met at the river summit';
      await wb.xlsx.writeFile(path);

      const { json } = await postClips(server, [orgClip('Second Trust')]);
      expect(json).toMatchObject({ ok: true, results: [{ status: 'added' }] });
      await flushed(server);
      const rows = rowsOf(await readXlsx(path), 'Stakeholders').map((r) => r.values);
      expect(rows.map((r) => r.Name)).toEqual(['First Trust', 'Second Trust']);
      expect(rows[0]).toMatchObject({ Trust: 5, Notes: 'Met at the river summit' });
    } finally {
      await server.close();
    }
  });

  it('should answer busy and leave the file alone when it was changed into something unreadable', async () => {
    const dataDir = tempDir();
    const path = join(dataDir, 'partnerkit.xlsx');
    const server = await start(dataDir);
    try {
      writeFileSync(path, 'not a spreadsheet any more');
      const { json } = await postClips(server, [orgClip('Waiting Trust')]);
      expect(json).toMatchObject({ ok: false, error: { code: 'busy' } });
      expect(String((json.error as { message: string }).message)).toContain('changed on disk');
      expect(readFileSync(path, 'utf8')).toBe('not a spreadsheet any more');
    } finally {
      await server.close();
    }
  });
});
