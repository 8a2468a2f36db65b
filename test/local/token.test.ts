import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orgClip, postClips, runTool, start, TOKEN, tempDir } from './local-harness.ts';

describe('the local Clipper token', () => {
  it('should stay the same across restarts, so the paired browser keeps working', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir, { token: undefined, seed: true });
    const token = first.token;
    await first.close();
    expect(token).toMatch(/^[A-Za-z0-9_-]{24,}$/);
    expect(statSync(join(dataDir, 'clipper-token')).mode & 0o077).toBe(0);

    const second = await start(dataDir, { token: undefined });
    try {
      expect(second.token).toBe(token);
      const { json } = await postClips(second, [orgClip('Restart Trust')], token);
      expect(json).toMatchObject({ ok: true, results: [{ status: 'added' }] });
    } finally {
      await second.close();
    }
  });

  it('should use a new token made from the page and refuse the old one', async () => {
    const dataDir = tempDir();
    const server = await start(dataDir, { token: undefined, seed: true });
    try {
      const old = server.token;
      const res = await fetch(`${server.url}run/connectClipper`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Partnerkit-Session': server.sessionKey,
          Origin: server.url.slice(0, -1),
        },
        body: '{}',
      });
      expect(res.status).toBe(200);
      expect(server.token).not.toBe(old);
      expect((await postClips(server, [orgClip('Old')], old)).json).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
      await server.close();
      const again = await start(dataDir, { token: undefined });
      try {
        expect((await postClips(again, [orgClip('New')], server.token)).json).toMatchObject({ ok: true });
      } finally {
        await again.close();
      }
    } finally {
      await server.close().catch(() => undefined);
    }
  });

  it('should accept the token Connect Clipper makes at once, without a restart, and refuse the old one', async () => {
    const server = await start(tempDir(), { seed: true });
    try {
      const old = server.token;
      const run = await runTool(server, 'connectClipper');
      expect(run.json.ok).toBe(true);
      const fresh = server.token;
      expect(fresh).not.toBe(old);
      expect((await postClips(server, [orgClip('Fresh Token Trust')], fresh)).json).toMatchObject({
        ok: true,
        results: [{ status: 'added' }],
      });
      expect((await postClips(server, [orgClip('Old Token Trust')], old)).json).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    } finally {
      await server.close();
    }
  });

  it('should keep the token file readable by its owner only, also when it was looser before', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'clipper-token');
    writeFileSync(file, `${TOKEN}\n`, { mode: 0o644 });
    chmodSync(file, 0o644);
    const server = await start(dataDir, { token: undefined, seed: true });
    try {
      expect(statSync(file).mode & 0o077).toBe(0);
      await runTool(server, 'connectClipper');
      expect(statSync(file).mode & 0o077).toBe(0);
    } finally {
      await server.close();
    }
  });
});
