import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../local/server.ts';
import { fetchState, runTool, start, tempDir } from './local-harness.ts';

// Another local user or process can reach 127.0.0.1: without the page's key it gets nothing.
describe('the page session key', () => {
  const dir = tempDir();
  let server: RunningServer;

  beforeAll(async () => {
    server = await start(dir, { token: undefined, seed: true });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['no key, no Origin (a local process)', {}],
    ['the old page header only', { 'X-Partnerkit-Page': '1' }],
    ['a wrong key', { 'X-Partnerkit-Session': 'not-the-key' }],
    ['the same Origin but no key', { Origin: 'http://127.0.0.1' }],
  ])('should refuse the data and the tools with %s', async (_, headers: Record<string, string>) => {
    const state = await fetch(`${server.url}api/state`, { headers });
    expect(state.status).toBe(403);
    const connect = await fetch(`${server.url}run/connectClipper`, { method: 'POST', headers, body: '{}' });
    expect(connect.status).toBe(403);
  });

  it('should serve the page without the key in it, and answer the page that has the key', async () => {
    const page = await (await fetch(server.url)).text();
    expect(page).not.toContain(server.sessionKey);
    expect(server.pageUrl).toBe(`${server.url}#session=${server.sessionKey}`);
    expect((await fetchState(server)).status).toBe(200);
    const tokenBefore = server.token;
    expect((await runTool(server, 'scorePartners')).status).toBe(200);
    expect(server.token).toBe(tokenBefore);
  });
});
