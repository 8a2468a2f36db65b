import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSyncer } from '../../extension/sync/create-syncer.ts';
import { fakeSyncDeps } from './fake-sync-deps.ts';
import { makeClip } from './make-clip.ts';

const setUp = (now = 5_000) => fakeSyncDeps({ now, random: 0 });

describe('createSyncer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should pick up the stored retry time instead of sending early after a restart', async () => {
    const { deps, endpoint, scheduled } = setUp();
    await deps.clips.update(() => [{ clip: makeClip(), state: 'waiting' }]);
    await deps.status.write({ attempt: 3, nextAttemptAt: 60_000 });
    await createSyncer(deps).resume();
    expect(scheduled).toEqual([60_000]);
    expect(endpoint.requests).toEqual([]);
  });

  it('should send at once on start when the retry time has passed', async () => {
    const { deps, endpoint } = setUp(90_000);
    await deps.clips.update(() => [{ clip: makeClip(), state: 'waiting' }]);
    await deps.status.write({ attempt: 3, nextAttemptAt: 60_000 });
    await createSyncer(deps).resume();
    expect(endpoint.requests).toHaveLength(1);
  });

  it('should not resume while waiting for the person to reconnect', async () => {
    const { deps, endpoint } = setUp();
    await deps.clips.update(() => [{ clip: makeClip(), state: 'waiting' }]);
    await deps.status.write({ attempt: 0, needsReconnect: true });
    await createSyncer(deps).resume();
    expect(endpoint.requests).toEqual([]);
  });

  it('should send a clip saved during a pass in one more pass, never twice', async () => {
    const { deps, endpoint } = setUp();
    const syncer = createSyncer(deps);
    await deps.clips.update(() => [{ clip: makeClip(), state: 'waiting' }]);
    const first = syncer.syncNow();
    await deps.clips.update((clips) => [...clips, { clip: makeClip(), state: 'waiting' }]);
    const second = syncer.syncNow();
    expect(await first).toBe('done');
    expect(await second).toBe('done');
    const sentIds = endpoint.requests.flat().map((clip) => clip.id);
    expect(new Set(sentIds).size).toBe(sentIds.length);
    expect(sentIds).toHaveLength(2);
  });
});
