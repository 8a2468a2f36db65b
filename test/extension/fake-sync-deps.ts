/** The queue's dependencies for tests: fakeBrowser storage, a fake endpoint, a fixed clock and dice. */
import { createClipStore } from '../../extension/storage/clip-store.ts';
import { createSyncStatusStore } from '../../extension/storage/sync-status.ts';
import type { SyncDeps } from '../../extension/sync/sync-clips.ts';
import { createFakeEndpoint, type FakeEndpoint, type SendBehaviour } from './fake-endpoint.ts';

/** What a queue test drives and checks: the deps, the endpoint, and the retry times scheduled. */
export interface FakeSyncDeps {
  deps: SyncDeps;
  endpoint: FakeEndpoint;
  scheduled: number[];
}

/** Deps paired with a local endpoint, answering as `behaviour` says, at time `now`. */
export function fakeSyncDeps(options: {
  behaviour?: SendBehaviour;
  now: number;
  random: number;
}): FakeSyncDeps {
  const endpoint = createFakeEndpoint(options.behaviour);
  const scheduled: number[] = [];
  const deps: SyncDeps = {
    clips: createClipStore(),
    status: createSyncStatusStore(),
    findSettings: async () => ({ endpoint: 'http://127.0.0.1:9/exec', token: 't', defaultTags: [] }),
    connect: () => endpoint.client,
    schedule: (at) => scheduled.push(at),
    now: () => options.now,
    random: () => options.random,
  };
  return { deps, endpoint, scheduled };
}
