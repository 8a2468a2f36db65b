/**
 * One pass over the queue: send waiting clips in batches and record what the sheet acknowledged.
 * A clip leaves the queue only when the sheet names its id; anything else waits for the next try.
 */
import type { Clip } from '../../shared/model.ts';
import type { ClipResult } from '../../shared/protocol.ts';
import type { ClipStore, StoredClip } from '../storage/clip-store.ts';
import type { Settings } from '../storage/settings.ts';
import type { SyncStatusStore } from '../storage/sync-status.ts';
import { backoffDelay } from './backoff.ts';
import { batchClips } from './batch-clips.ts';
import type { EndpointClient } from './endpoint-client.ts';

export interface SyncDeps {
  clips: ClipStore;
  status: SyncStatusStore;
  findSettings(): Promise<Settings | undefined>;
  connect(settings: Settings): EndpointClient;
  /** Asks to be run again at this time (epoch ms), even if the worker is stopped meanwhile. */
  schedule(at: number): void;
  now(): number;
  random(): number;
}

export type SyncOutcome = 'idle' | 'done' | 'not-connected' | 'needs-reconnect' | 'retry-scheduled';

export const NOT_CONNECTED = 'Not connected to a sheet: open Options and paste the endpoint and token.';

/** Sends every waiting clip once; schedules a retry with backoff when some are still waiting. */
export async function syncClips(deps: SyncDeps): Promise<SyncOutcome> {
  const status = await deps.status.read();
  if (status.needsReconnect) return 'needs-reconnect';
  const queue = (await deps.clips.list()).filter((c) => c.state === 'waiting').map((c) => c.clip);
  if (queue.length === 0) {
    await deps.status.write({ attempt: 0 });
    return 'idle';
  }
  const settings = await deps.findSettings();
  if (!settings) {
    await deps.status.write({ attempt: 0, lastError: NOT_CONNECTED });
    return 'not-connected';
  }
  const client = deps.connect(settings);
  let limit = Number.POSITIVE_INFINITY;
  let retryReason: string | undefined;
  while (queue.length > 0) {
    const batch = batchClips(queue, Math.min(limit, 500))[0] ?? [];
    const answer = await client.sendClips(batch);
    if (answer.ok) {
      queue.splice(0, batch.length);
      const unconfirmed = await recordResults(deps.clips, batch, answer.value);
      if (unconfirmed > 0)
        retryReason = `The sheet did not confirm ${unconfirmed} clip(s); they will be sent again.`;
    } else if (answer.code === 'unauthorized') {
      await deps.status.write({ attempt: 0, needsReconnect: true, lastError: answer.message });
      return 'needs-reconnect';
    } else if (answer.code === 'too_large' && batch.length > 1) {
      limit = Math.ceil(batch.length / 2);
    } else if (answer.code === 'bad_request' || answer.code === 'too_large') {
      queue.splice(0, batch.length);
      await markFailed(deps.clips, batch, answer.message);
    } else {
      retryReason = answer.message;
      break;
    }
  }
  if (retryReason === undefined) {
    await deps.status.write({ attempt: 0 });
    return 'done';
  }
  const attempt = status.attempt + 1;
  const nextAttemptAt = deps.now() + backoffDelay(attempt, deps.random);
  await deps.status.write({ attempt, nextAttemptAt, lastError: retryReason });
  deps.schedule(nextAttemptAt);
  return 'retry-scheduled';
}

/** Applies the sheet's answer; returns how many clips of the batch it did not mention. */
async function recordResults(store: ClipStore, batch: Clip[], results: ClipResult[]): Promise<number> {
  const byId = new Map(results.map((result) => [result.id, result]));
  await store.update((clips) =>
    clips.map((stored) => {
      const result = byId.get(stored.clip.id);
      return result && stored.state === 'waiting' ? applyResult(stored, result) : stored;
    }),
  );
  return batch.filter((clip) => !byId.has(clip.id)).length;
}

function applyResult(stored: StoredClip, result: ClipResult): StoredClip {
  const { clip } = stored;
  const row = typeof result.row === 'number' ? result.row : undefined;
  switch (result.status) {
    case 'added':
      return { clip, state: 'sent', row };
    case 'updated':
      return { clip, state: 'updated', row };
    case 'duplicate':
      return { clip, state: 'in-sheet', row };
    default:
      return { clip, state: 'failed', reason: result.reason || 'The sheet rejected this clip.' };
  }
}

async function markFailed(store: ClipStore, batch: Clip[], reason: string): Promise<void> {
  const ids = new Set(batch.map((clip) => clip.id));
  await store.update((clips) =>
    clips.map((stored) =>
      ids.has(stored.clip.id) ? { clip: stored.clip, state: 'failed', reason } : stored,
    ),
  );
}
