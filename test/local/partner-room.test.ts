import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../local/server.ts';
import { orgClip, postClips, readXlsx, rowsOf, runTool, start, tempDir } from './local-harness.ts';

const MARKER = 'PRIVATE-MARKER-local-42';
const dirs: string[] = [];
const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function open(dir: string): Promise<RunningServer> {
  const server = await start(dir);
  servers.push(server);
  return server;
}

/** Sets a Stakeholders cell by name and header, as a person editing the workbook would. */
function edit(server: RunningServer, name: string, header: string, value: string): void {
  const values = server.workbook.runtime.spreadsheet.values('Stakeholders') ?? [];
  const row = values.findIndex((r) => r.includes(name));
  const column = (values[0] ?? []).indexOf(header);
  server.workbook.runtime.spreadsheet.fake
    .getSheetByName('Stakeholders')
    ?.getRange(row + 1, column + 1)
    .setValue(value);
}

describe('the local Partner room', () => {
  it('should write partner-room.xlsx beside the workbook with the same content rules, and say no email went out', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const server = await open(dir);
    await postClips(
      server,
      [
        orgClip('Acacia Trust', { emails: ['ana@acacia.org'] }),
        orgClip('Baobab Fund', { emails: ['bo@baobab.org'] }),
        orgClip('Cedar Exited', { emails: ['cy@cedar.org'] }),
        orgClip('Dune Private', { emails: ['di@dune.org'] }),
      ].map((clip, i) => (i === 0 ? { ...clip, notes: MARKER, tags: [MARKER] } : clip)),
    );
    edit(server, 'Acacia Trust', 'Share Access', 'viewer');
    edit(server, 'Acacia Trust', 'Score Notes', MARKER);
    edit(server, 'Baobab Fund', 'Share Access', 'editor');
    edit(server, 'Cedar Exited', 'Share Access', 'editor');
    edit(server, 'Cedar Exited', 'Status', 'exited');

    // Unanswered, the page shows the question alone: never beside "Nothing was changed.".
    const asked = await runTool(server, 'shareWithPartners');
    expect(asked.json.toasts).toEqual([]);
    expect(existsSync(join(dir, 'partner-room.xlsx'))).toBe(false);
    const run = await runTool(server, 'shareWithPartners', [{ button: 'YES' }]);
    expect(run.json.ok).toBe(true);
    const path = join(dir, 'partner-room.xlsx');
    expect(existsSync(path)).toBe(true);
    const note = run.json.toasts.at(-1)?.message ?? '';
    expect(note).toContain(path);
    expect(note).toContain('no invitation email can go out from the local workbook');
    expect(note).toContain('ana@acacia.org, bo@baobab.org');

    // The page downloads it with its session key; nobody else can.
    expect((run.json as { roomDownload?: string }).roomDownload).toBe('/files/partner-room.xlsx');
    const download = await fetch(`${server.url}files/partner-room.xlsx`, {
      headers: { 'X-Partnerkit-Session': server.sessionKey },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(readFileSync(path));
    expect((await fetch(`${server.url}files/partner-room.xlsx`)).status).toBe(403);

    const room = await readXlsx(path);
    const tabs = room.worksheets.map((w) => w.name).filter((n) => !n.startsWith('_'));
    expect(tabs).toEqual(
      expect.arrayContaining([
        'Partners',
        'Action Plan',
        'Shared Goals',
        'Joint Funding',
        'Partner Updates',
        'About',
      ]),
    );
    expect(rowsOf(room, 'Partners').map((r) => r.values.Name)).toEqual(['Acacia Trust', 'Baobab Fund']);
    const cells: string[] = [];
    for (const sheet of room.worksheets)
      sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells.filter((c) => c.includes(MARKER))).toEqual([]);
    expect(cells.some((c) => c.includes('Acacia Trust'))).toBe(true);

    // Restarted, the local workbook finds the same room and has nothing to change.
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const again = await open(dir);
    const rerun = await runTool(again, 'shareWithPartners', [{ button: 'YES' }]);
    expect(rerun.json.ok).toBe(true);
    const alerts = (rerun.json as unknown as { alerts: { prompt: string }[] }).alerts;
    expect(alerts.map((a) => a.prompt).join('\n')).toContain('Nothing to change');
  });
});
