import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../local/server.ts';
import {
  fetchState,
  orgClip,
  post,
  postClips,
  readXlsx,
  rowsOf,
  runTool,
  start,
  TOKEN,
  tempDir,
} from './local-harness.ts';

const HOSTILE = {
  formula: '=HYPERLINK("http://evil.example","click")',
  phone: '+1 555 0100',
  at: '@SUM(A1:A9)',
  minus: '-2+3',
};

describe('local workbook over HTTP', () => {
  const dir = tempDir();
  let server: RunningServer;
  const hostileId = randomUUID();
  const plainId = randomUUID();

  beforeAll(async () => {
    server = await start(dir, { seed: true });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should answer GET /exec like the web app', async () => {
    const res = await fetch(server.endpoint);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({ ok: true, app: 'partnerkit', v: 1 });
  });

  it('should refuse writes without the token, with HTTP 200 like Google', async () => {
    const { status, json } = await postClips(server, [orgClip('Nobody')], 'wrong-token-wrong-token-wrong');
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('should save hostile text as text and answer duplicates', async () => {
    const hostile = orgClip(
      HOSTILE.formula,
      { phones: [HOSTILE.phone], description: HOSTILE.at, focusAreas: [HOSTILE.minus] },
      hostileId,
    );
    const plain = orgClip('Plain Partners Trust', {}, plainId);
    const first = await postClips(server, [hostile, plain]);
    expect(first.json).toMatchObject({
      ok: true,
      results: [
        { id: hostileId, status: 'added' },
        { id: plainId, status: 'added' },
      ],
    });
    const again = await postClips(server, [plain]);
    expect(again.json).toMatchObject({ ok: true, results: [{ id: plainId, status: 'duplicate' }] });
  });

  it('should run menu tools through the page route', async () => {
    const run = await runTool(server, 'scorePartners');
    expect(run.status).toBe(200);
    expect(run.json.ok).toBe(true);
    expect(run.json.toasts.length).toBeGreaterThan(0);
    const state = (await (await fetchState(server)).json()) as {
      tools: { name: string }[];
      charts: unknown[];
    };
    expect(state.tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(['scorePartners', 'refreshDashboard', 'connectClipper']),
    );
    expect(state.charts.length).toBeGreaterThan(0);
  });

  it('should refuse tool runs from other pages and requests for other hosts', async () => {
    const noHeader = await fetch(`${server.url}run/scorePartners`, { method: 'POST', body: '{}' });
    expect(noHeader.status).toBe(403);
    const crossSite = await fetch(`${server.url}run/scorePartners`, {
      method: 'POST',
      headers: { 'X-Partnerkit-Session': server.sessionKey, Origin: 'https://evil.example' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    const rebound = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request(
          server.endpoint,
          { headers: { Host: `evil.example:${new URL(server.url).port}` } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      }, reject);
    });
    expect(rebound).toBe(403);
  });

  it('should keep everything after a restart, and the file should hold text, never formulas, for clips', async () => {
    await server.close();
    server = await start(dir);
    const lookup = await post(server, { v: 1, token: TOKEN, lookup: [{ name: 'plain partners trust' }] });
    expect(lookup.json).toMatchObject({
      ok: true,
      matches: [{ index: 0, id: plainId, tab: 'Stakeholders' }],
    });

    const wb = await readXlsx(server.workbook.path);
    const rows = rowsOf(wb, 'Stakeholders');
    const row = rows.find((r) => r.values.ID === hostileId);
    expect(row?.values).toMatchObject({
      Name: HOSTILE.formula,
      Phones: HOSTILE.phone,
      Description: HOSTILE.at,
      'Focus Areas': HOSTILE.minus,
    });
    for (const key of ['Name', 'Phones', 'Description', 'Focus Areas'])
      expect(row?.types[key]).toBe(ExcelJS.ValueType.String);
    expect(rows.filter((r) => r.values.ID === plainId)).toHaveLength(1);
    expect(rows.filter((r) => r.values.Name === 'Riverbend Community Foundation')).toHaveLength(1);
    for (const tab of ['Stakeholders', 'Funding'])
      for (const r of rowsOf(wb, tab))
        expect(Object.values(r.types)).not.toContain(ExcelJS.ValueType.Formula);
  });
});
