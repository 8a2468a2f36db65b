/**
 * Locally, draftProgressReport's Google Doc becomes a .docx beside the workbook (the agreement's
 * export): its tables hold the typed workbook's numbers, and hostile text stays text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { typeRows } from '../../local/demo-seed.ts';
import type { RunningServer } from '../../local/server.ts';
import { start, tempDir } from './local-harness.ts';
import { zipEntryText } from './zip-entry.ts';

const HOSTILE = 'Acme <script>alert(1)</script> & Sons';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('draftProgressReport in the local workbook', () => {
  it('should write one .docx whose tables hold the workbook numbers and the hostile text as text', async () => {
    const dir = tempDir();
    server = await start(dir);
    typeRows(server.workbook.runtime, 'Conflicts', [
      { ID: 'x1', 'Raised On': '2025-02-20', Parties: HOSTILE, Issue: 'Unshared data', Status: 'open' },
    ]);
    const res = await fetch(`${server.url}run/draftProgressReport`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Partnerkit-Session': server.sessionKey },
      body: JSON.stringify({ answers: [] }),
    });
    const run = (await res.json()) as { ok: boolean; documents?: { file: string }[] };
    expect(run.ok).toBe(true);
    expect(run.documents).toHaveLength(1);
    const file = run.documents?.[0]?.file ?? '';
    expect(readdirSync(dir).filter((name) => name.endsWith('.docx'))).toEqual([file]);
    const xml = zipEntryText(readFileSync(join(dir, file)), 'word/document.xml');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons');
    expect(xml).toContain('Unshared data');
    expect(xml).not.toContain('<script>');
  });
});
