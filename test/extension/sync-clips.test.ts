import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClipStore, type StoredClip } from '../../extension/storage/clip-store.ts';
import { createSyncStatusStore } from '../../extension/storage/sync-status.ts';
import { type SyncDeps, syncClips } from '../../extension/sync/sync-clips.ts';
import type { Clip } from '../../shared/model.ts';
import { acknowledgeAll, down, type SendBehaviour } from './fake-endpoint.ts';
import { fakeSyncDeps } from './fake-sync-deps.ts';
import { makeClip } from './make-clip.ts';

const NOW = 1_000_000;

const setUp = (behaviour: SendBehaviour = acknowledgeAll) =>
  fakeSyncDeps({ behaviour, now: NOW, random: 0.5 });

async function queue(deps: SyncDeps, clips: Clip[]): Promise<void> {
  await deps.clips.update((stored) => [
    ...stored,
    ...clips.map((clip) => ({ clip, state: 'waiting' as const })),
  ]);
}

const states = (stored: StoredClip[]) => stored.map((s) => s.state);

describe('syncClips', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should mark clips sent once the sheet acknowledges their ids', async () => {
    const { deps, endpoint } = setUp();
    await queue(deps, [makeClip(), makeClip()]);
    expect(await syncClips(deps)).toBe('done');
    expect(states(await deps.clips.list())).toEqual(['sent', 'sent']);
    expect((await deps.clips.list())[1]?.row).toBe(3);
    expect(endpoint.requests).toHaveLength(1);
  });

  it('should tell updated, already-there and rejected clips apart from added ones', async () => {
    const { deps } = setUp((clips) => ({
      ok: true,
      value: [
        { id: clips[0]?.id ?? '', status: 'updated', row: 7 },
        { id: clips[1]?.id ?? '', status: 'duplicate' },
        { id: clips[2]?.id ?? '', status: 'rejected', reason: 'name: name is required' },
      ],
    }));
    await queue(deps, [makeClip(), makeClip(), makeClip()]);
    await syncClips(deps);
    const stored = await deps.clips.list();
    expect(states(stored)).toEqual(['updated', 'in-sheet', 'failed']);
    expect(stored.map((s) => s.row)).toEqual([7, undefined, undefined]);
    expect(stored[2]?.reason).toBe('name: name is required');
  });

  it('should keep clips waiting and schedule a retry with backoff while the endpoint is down', async () => {
    const { deps, scheduled } = setUp(down);
    await queue(deps, [makeClip()]);
    expect(await syncClips(deps)).toBe('retry-scheduled');
    expect(await syncClips(deps)).toBe('retry-scheduled');
    expect(states(await deps.clips.list())).toEqual(['waiting']);
    const status = await deps.status.read();
    expect(status.attempt).toBe(2);
    expect(status.lastError).toContain('could not be reached');
    const [first = 0, second = 0] = scheduled;
    expect(second - NOW).toBeGreaterThan(first - NOW);
    expect(status.nextAttemptAt).toBe(scheduled[1]);
  });

  it('should send a waiting clip exactly once when the endpoint comes back', async () => {
    const { deps, endpoint } = setUp(down);
    await queue(deps, [makeClip()]);
    await syncClips(deps);
    endpoint.behaviour = acknowledgeAll;
    expect(await syncClips(deps)).toBe('done');
    expect(await syncClips(deps)).toBe('idle');
    expect(endpoint.requests).toHaveLength(2);
    expect((await deps.status.read()).attempt).toBe(0);
  });

  it('should retry while the sheet answers busy', async () => {
    const { deps, scheduled } = setUp(() => ({ ok: false, code: 'busy', message: 'The sheet is busy.' }));
    await queue(deps, [makeClip()]);
    expect(await syncClips(deps)).toBe('retry-scheduled');
    expect(scheduled).toHaveLength(1);
  });

  it('should stop retrying and ask to reconnect when the token is refused', async () => {
    const { deps, endpoint, scheduled } = setUp(() => ({
      ok: false,
      code: 'unauthorized',
      message: 'Wrong token.',
    }));
    await queue(deps, [makeClip()]);
    expect(await syncClips(deps)).toBe('needs-reconnect');
    expect(await syncClips(deps)).toBe('needs-reconnect');
    expect(endpoint.requests).toHaveLength(1);
    expect(scheduled).toEqual([]);
    expect(await deps.status.read()).toMatchObject({ needsReconnect: true, lastError: 'Wrong token.' });
    expect(states(await deps.clips.list())).toEqual(['waiting']);
  });

  it('should keep a clip waiting when the answer does not name its id', async () => {
    const { deps, scheduled } = setUp((clips) => ({
      ok: true,
      value: [{ id: clips[0]?.id ?? '', status: 'added' }],
    }));
    await queue(deps, [makeClip(), makeClip()]);
    expect(await syncClips(deps)).toBe('retry-scheduled');
    expect(states(await deps.clips.list())).toEqual(['sent', 'waiting']);
    expect(scheduled).toHaveLength(1);
  });

  it('should send 1,200 waiting clips in requests of at most 500', async () => {
    const { deps, endpoint } = setUp();
    await queue(
      deps,
      Array.from({ length: 1_200 }, () => makeClip()),
    );
    await syncClips(deps);
    expect(endpoint.requests.map((r) => r.length)).toEqual([500, 500, 200]);
    expect(states(await deps.clips.list()).every((s) => s === 'sent')).toBe(true);
  });

  it('should split a batch the endpoint finds too large', async () => {
    const { deps, endpoint } = setUp((clips) =>
      clips.length > 2 ? { ok: false, code: 'too_large', message: 'Too large.' } : acknowledgeAll(clips),
    );
    await queue(
      deps,
      Array.from({ length: 5 }, () => makeClip()),
    );
    expect(await syncClips(deps)).toBe('done');
    expect(endpoint.requests.map((r) => r.length)).toEqual([5, 3, 2, 2, 1]);
  });

  it('should leave clips waiting, without requests, while not connected', async () => {
    const { deps, endpoint } = setUp();
    deps.findSettings = async () => undefined;
    await queue(deps, [makeClip()]);
    expect(await syncClips(deps)).toBe('not-connected');
    expect(endpoint.requests).toEqual([]);
    expect(states(await deps.clips.list())).toEqual(['waiting']);
  });

  it('should find the queue again after a restart (a new store over the same storage)', async () => {
    const { deps, endpoint } = setUp();
    await queue(deps, [makeClip()]);
    const restarted = { ...deps, clips: createClipStore(), status: createSyncStatusStore() };
    expect(await syncClips(restarted)).toBe('done');
    expect(endpoint.requests).toHaveLength(1);
  });
});
