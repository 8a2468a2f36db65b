/**
 * Locally, draftAgreement's Google Doc becomes a .docx beside the workbook, linked from the page:
 * it opens (its word/document.xml holds the parties and the hostile text as text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { typeRows } from '../../local/demo-seed.ts';
import type { RunningServer } from '../../local/server.ts';
import { start, tempDir } from './local-harness.ts';
import { zipEntryText } from './zip-entry.ts';

const HOSTILE = 'Acme <script>alert(1)</script> & Sons';
const FORMULA = "=cmd|' /C calc'!A0";

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function runTool(s: RunningServer, tool: string, answers: unknown[]) {
  const res = await fetch(`${s.url}run/${tool}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Partnerkit-Session': s.sessionKey },
    body: JSON.stringify({ answers }),
  });
  return (await res.json()) as {
    ok: boolean;
    documents?: { file: string; title: string }[];
    alerts: { prompt: string }[];
  };
}

/** The visible text of a .docx: every w:t run, entities decoded. */
function docxText(bytes: Uint8Array): string {
  const xml = zipEntryText(bytes, 'word/document.xml');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) =>
      (m[1] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
}

describe('draftAgreement in the local workbook', () => {
  it('should write one .docx beside the workbook with the parties, RACI rows and hostile text as text, and serve it to the page only', async () => {
    const dir = tempDir();
    server = await start(dir);
    const runtime = server.workbook.runtime;
    typeRows(runtime, 'Stakeholders', [
      { Name: HOSTILE, Status: 'active', 'Share Access': 'viewer', Emails: 'ana@acme.example' },
      { Name: 'Lakeside Youth Network', Status: 'active', 'Share Access': 'commenter' },
    ]);
    // Typed with the apostrophe Sheets needs to keep it as text, as the Clipper writes page text.
    typeRows(runtime, 'Action Plan', [
      { Milestone: `'${FORMULA}`, Responsible: 'Lakeside Youth Network', Accountable: HOSTILE },
    ]);
    // The page first runs the tool unanswered (the prompt closes, nothing is drafted), then again
    // with the person's answer.
    const first = await runTool(server, 'draftAgreement', []);
    expect(first.alerts[0]?.prompt).toMatch(/Which partners/);
    expect(first.documents).toBeUndefined();
    const run = await runTool(server, 'draftAgreement', [{ button: 'OK', text: '' }]);
    expect(run.ok).toBe(true);
    expect(run.documents).toHaveLength(1);
    const file = run.documents?.[0]?.file ?? '';
    expect(readdirSync(dir).filter((name) => name.endsWith('.docx'))).toEqual([file]);
    const text = docxText(readFileSync(join(dir, file)));
    expect(text).toContain(HOSTILE);
    expect(text).toContain('Lakeside Youth Network');
    expect(text).toContain(FORMULA);
    expect(text).toContain('3 Mediation (30 days; by day 51 after the issue is raised)');
    expect(text).toContain('[planned end date]');
    const download = await fetch(`${server.url}documents/${encodeURIComponent(file)}`, {
      headers: { 'X-Partnerkit-Session': server.sessionKey },
    });
    expect(download.status).toBe(200);
    expect(docxText(new Uint8Array(await download.arrayBuffer()))).toContain(HOSTILE);
    // A later draft (also after a restart, when the emulator's ids start again) never replaces it.
    const again = await runTool(server, 'draftAgreement', [{ button: 'OK', text: 'Lakeside Youth Network' }]);
    const second = again.documents?.[0]?.file ?? '';
    expect(second).not.toBe(file);
    await server.close();
    server = await start(dir);
    const afterRestart = await runTool(server, 'draftAgreement', [{ button: 'OK', text: '' }]);
    const third = afterRestart.documents?.[0]?.file ?? '';
    expect(
      readdirSync(dir)
        .filter((name) => name.endsWith('.docx'))
        .sort(),
    ).toEqual([file, second, third].sort());
    expect(docxText(readFileSync(join(dir, file)))).toContain(HOSTILE);
    const stranger = await fetch(`${server.url}documents/${encodeURIComponent(file)}`);
    expect(stranger.status).toBe(403);
    const outside = await fetch(`${server.url}documents/..%2Fpartnerkit.journal`, {
      headers: { 'X-Partnerkit-Session': server.sessionKey },
    });
    expect(outside.status).toBe(404);
  });
});
