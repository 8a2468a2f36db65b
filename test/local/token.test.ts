import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orgClip, postClips, start, tempDir } from './local-harness.ts';

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
          'X-Partnerkit-Page': '1',
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
});
