/**
 * Editing cells from the page (/api/edit): the workbook's own rules decide, the journal holds an
 * acknowledged edit before the xlsx does, and a file saved by a spreadsheet program is not
 * overwritten blindly.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../local/server.ts';
import { spawnServer } from './crash-harness.ts';
import {
  fetchState,
  flushed,
  orgClip,
  postClips,
  readXlsx,
  rowsOf,
  runTool,
  start,
  tempDir,
} from './local-harness.ts';

interface EditAnswer {
  ok: boolean;
  error?: string;
  previous?: string;
  shown?: string;
  row?: number;
}

async function edit(url: string, key: string, body: Record<string, unknown>) {
  const res = await fetch(`${url}api/edit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Partnerkit-Session': key },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json().catch(() => ({}))) as EditAnswer };
}

interface Tab {
  name: string;
  rows: string[][];
  columns: { header: string; editable: boolean; choices?: string[]; strict?: boolean }[];
  tools: string[];
}

async function tab(server: RunningServer, name: string) {
  const state = (await (await fetchState(server)).json()) as { tabs: Tab[] };
  const found = state.tabs.find((t) => t.name === name);
  if (!found) throw new Error(`no ${name} tab`);
  const [header = [], ...rows] = found.rows;
  const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  return { ...found, records };
}

async function withServer(run: (server: RunningServer, dir: string) => Promise<void>, seed = true) {
  const dir = tempDir();
  const server = await start(dir, { seed });
  try {
    await run(server, dir);
  } finally {
    await server.close();
  }
}

describe('editing cells from the page', () => {
  it('should change a stakeholder rating, let the map tool recompute, and keep it in the xlsx', () =>
    withServer(async (server, dir) => {
      const before = await tab(server, 'Stakeholders');
      const index = before.records.findIndex((r) => r.Quadrant !== 'Manage closely');
      const target = before.records[index];
      if (!target) throw new Error('the demo has no stakeholder outside Manage closely');
      const put = (column: string, value: string) =>
        edit(server.url, server.sessionKey, {
          tab: 'Stakeholders',
          row: index + 2,
          rowId: target.ID,
          column,
          value,
        });
      expect((await put('Influence', '5')).json).toMatchObject({ ok: true, previous: target.Influence });
      expect((await put('Interest', '5')).json.ok).toBe(true);
      expect((await runTool(server, 'buildStakeholderMap')).json.ok).toBe(true);
      const after = (await tab(server, 'Stakeholders')).records.find((r) => r.ID === target.ID);
      expect(after).toMatchObject({ Influence: '5', Interest: '5', Quadrant: 'Manage closely' });
      await flushed(server);
      const row = rowsOf(await readXlsx(join(dir, 'partnerkit.xlsx')), 'Stakeholders').find(
        (r) => r.values.ID === target.ID,
      );
      expect(row?.values).toMatchObject({ Influence: 5, Interest: 5, Quadrant: 'Manage closely' });
    }));

  it('should keep text that looks like a formula as text, in the page and in the xlsx', () =>
    withServer(async (server, dir) => {
      await postClips(server, [orgClip('Formula Trust')]);
      const id = (await tab(server, 'Stakeholders')).records[0]?.ID;
      const { json } = await edit(server.url, server.sessionKey, {
        tab: 'Stakeholders',
        row: 2,
        rowId: id,
        column: 'Notes',
        value: '=HYPERLINK("http://evil.example","click")',
      });
      expect(json.ok).toBe(true);
      expect((await tab(server, 'Stakeholders')).records[0]?.Notes).toBe(
        '=HYPERLINK("http://evil.example","click")',
      );
      await flushed(server);
      const row = rowsOf(await readXlsx(join(dir, 'partnerkit.xlsx')), 'Stakeholders')[0];
      expect(row?.values.Notes).toBe('=HYPERLINK("http://evil.example","click")');
      expect(row?.types.Notes).not.toBe(6); // ExcelJS.ValueType.Formula
    }, false));

  it.each([
    ['a rating outside 1–5', 'Influence', '7', /choose one of 1, 2, 3, 4, 5/],
    ['a word in a rating', 'Trust', 'high', /number/],
    ['a type not in the list', 'Type', 'charity', /choose one of/],
    ['a computed column', 'Score', '9', /filled in by the tools/],
    ['the row ID', 'ID', 'x', /IDs/],
    ['a column the tab does not have', 'Colour', 'red', /no column/],
  ])('should refuse %s with a clear error and change nothing', (_, column, value, message) =>
    withServer(async (server) => {
      await postClips(server, [orgClip('Strict Trust')]);
      const before = await tab(server, 'Stakeholders');
      const { status, json } = await edit(server.url, server.sessionKey, {
        tab: 'Stakeholders',
        row: 2,
        rowId: before.records[0]?.ID,
        column,
        value,
      });
      expect(status).toBe(400);
      expect(json.ok).toBe(false);
      expect(json.error).toMatch(message);
      expect((await tab(server, 'Stakeholders')).rows).toEqual(before.rows);
    }, false),
  );

  it('should refuse Dashboard cells and a probability over 100%', () =>
    withServer(async (server) => {
      const dash = await edit(server.url, server.sessionKey, {
        tab: 'Dashboard',
        row: 3,
        column: 'x',
        value: '1',
      });
      expect(dash.status).toBe(400);
      const funding = await tab(server, 'Funding');
      const id = funding.records[0]?.ID;
      const high = await edit(server.url, server.sessionKey, {
        tab: 'Funding',
        row: 2,
        rowId: id,
        column: 'Probability',
        value: '140%',
      });
      expect(high.json).toMatchObject({ ok: false });
      expect(high.json.error).toMatch(/Probability/);
      const ok = await edit(server.url, server.sessionKey, {
        tab: 'Funding',
        row: 2,
        rowId: id,
        column: 'Probability',
        value: '40%',
      });
      expect(ok.json).toMatchObject({ ok: true, shown: '40%' });
    }));

  it('should describe each column for the page from the workbook: owner, dropdown and tools', () =>
    withServer(async (server) => {
      const stakeholders = await tab(server, 'Stakeholders');
      const column = (name: string) => stakeholders.columns.find((c) => c.header === name);
      expect(column('Influence')).toMatchObject({
        editable: true,
        choices: ['1', '2', '3', '4', '5'],
        strict: true,
      });
      expect(column('Quadrant')?.editable).toBe(false);
      expect(column('Score Notes')?.editable).toBe(false);
      expect(column('Notes')?.editable).toBe(true);
      expect(column('Type')?.choices).toContain('foundation');
      expect(stakeholders.tools).toEqual(['scorePartners', 'buildStakeholderMap']);
      const impact = await tab(server, 'Impact');
      for (const name of ['Progress', 'Expected', 'Status', 'SMART Check'])
        expect(impact.columns.find((c) => c.header === name)?.editable).toBe(false);
    }));

  it('should add a row to a tab by editing the row under the last', () =>
    withServer(async (server) => {
      const before = await tab(server, 'Action Plan');
      const row = before.rows.length + 1;
      const rowId = 'new-row-0001';
      const put = (column: string, value: string) =>
        edit(server.url, server.sessionKey, { tab: 'Action Plan', row, rowId, column, value });
      expect((await put('Milestone', 'Sign the agreement')).json.ok).toBe(true);
      expect((await put('Due Date', '2027-02-30')).json.error).toMatch(/YYYY-MM-DD/);
      expect((await put('Due Date', '2027-03-01')).json).toMatchObject({ ok: true, shown: '2027-03-01' });
      const after = await tab(server, 'Action Plan');
      expect(after.records.at(-1)).toMatchObject({
        ID: rowId,
        Milestone: 'Sign the agreement',
        'Due Date': '2027-03-01',
      });
    }));

  it('should refuse an edit of a row that is gone instead of making a half row', () =>
    withServer(async (server) => {
      const before = await tab(server, 'Impact');
      const { status, json } = await edit(server.url, server.sessionKey, {
        tab: 'Impact',
        row: 2,
        rowId: 'removed-in-libreoffice',
        column: 'Due Date',
        value: '2027-06-30',
      });
      expect(status).toBe(400);
      expect(json.error).toMatch(/no longer in the workbook/);
      expect((await tab(server, 'Impact')).rows).toEqual(before.rows);
    }));

  it('should refuse edits without the page session key', () =>
    withServer(async (server) => {
      const { status } = await edit(server.url, 'wrong-key', {
        tab: 'Stakeholders',
        row: 2,
        column: 'Notes',
        value: 'x',
      });
      expect(status).toBe(403);
    }, false));

  it('should keep an acknowledged edit across kill -9 and a restart', async () => {
    const dir = tempDir();
    const first = await start(dir);
    await postClips(first, [orgClip('Durable Trust')]);
    await first.close();
    const child = await spawnServer(dir);
    const url = child.endpoint.replace(/exec$/, '');
    const state = (await (
      await fetch(`${url}api/state`, { headers: { 'X-Partnerkit-Session': child.sessionKey } })
    ).json()) as { tabs: Tab[] };
    const id = state.tabs.find((t) => t.name === 'Stakeholders')?.rows[1]?.[0];
    const { json } = await edit(url, child.sessionKey, {
      tab: 'Stakeholders',
      row: 2,
      rowId: id,
      column: 'Trust',
      value: '4',
    });
    expect(json.ok).toBe(true);
    await child.kill();
    const again = await start(dir);
    try {
      expect((await tab(again, 'Stakeholders')).records[0]).toMatchObject({ ID: id, Trust: '4' });
    } finally {
      await again.close();
    }
  });

  it('should keep what a spreadsheet program saved and apply the edit on top', () =>
    withServer(async (server, dir) => {
      await postClips(server, [orgClip('Shared Trust')]);
      await flushed(server);
      const path = join(dir, 'partnerkit.xlsx');
      const wb = await readXlsx(path);
      const sheet = wb.getWorksheet('Stakeholders');
      if (!sheet) throw new Error('No Stakeholders tab');
      const header = (sheet.getRow(1).values as unknown[]).map((h) => String(h ?? ''));
      sheet.getRow(2).getCell(header.indexOf('Notes')).value = 'Typed in LibreOffice';
      await wb.xlsx.writeFile(path);
      const id = String(sheet.getRow(2).getCell(header.indexOf('ID')).value);
      const { json } = await edit(server.url, server.sessionKey, {
        tab: 'Stakeholders',
        row: 2,
        rowId: id,
        column: 'Trust',
        value: '2',
      });
      expect(json.ok).toBe(true);
      await flushed(server);
      const row = rowsOf(await readXlsx(path), 'Stakeholders')[0];
      expect(row?.values).toMatchObject({ Notes: 'Typed in LibreOffice', Trust: 2 });
    }, false));
});
