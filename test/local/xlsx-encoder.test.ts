import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../apps-script/emulator/index.ts';
import { XlsxEncoder } from '../../local/save/xlsx-encoder.ts';

/** A workbook big enough to be encoded in the worker thread (30,000 cells). */
function bigWorkbook(note: string): WorkbookData {
  const header = Array.from({ length: 30 }, (_, c) => `Column ${c + 1}`);
  const rows = Array.from({ length: 1000 }, (_, r) => header.map((_, c) => `r${r + 2}c${c + 1}`));
  rows[0] = [note, ...(rows[0]?.slice(1) ?? [])];
  return {
    id: 'encoder-test',
    name: 'Encoder test',
    timeZone: 'Etc/UTC',
    sheets: [
      {
        name: 'Big',
        sheetId: 1,
        maxRows: 1001,
        maxColumns: 30,
        frozenRows: 1,
        frozenColumns: 0,
        values: [header, ...rows],
      },
    ],
  };
}

describe('XlsxEncoder', () => {
  it('should encode a large workbook off the main thread, and skip one that did not change', {
    timeout: 60_000,
  }, async () => {
    const encoder = new XlsxEncoder();
    try {
      const first = await encoder.encode(bigWorkbook('first'), undefined);
      expect(first.bytes).toBeDefined();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(first.bytes ?? new Uint8Array()) as unknown as ExcelJS.Buffer);
      expect(wb.getWorksheet('Big')?.getCell('A2').value).toBe('first');
      expect(wb.getWorksheet('Big')?.getCell('AD1001').value).toBe('r1001c30');

      expect(await encoder.encode(bigWorkbook('first'), first.fingerprint)).toEqual({
        fingerprint: first.fingerprint,
      });
      const changed = await encoder.encode(bigWorkbook('second'), first.fingerprint);
      expect(changed.fingerprint).not.toBe(first.fingerprint);
      expect(changed.bytes).toBeDefined();
    } finally {
      await encoder.close();
    }
  });
});
