/** Runs the queue one pass at a time, and resumes the stored schedule when the worker starts. */
import { type SyncDeps, type SyncOutcome, syncClips } from './sync-clips.ts';

export interface Syncer {
  /** Sends now; a call during a pass runs one more pass after it, so no new clip is missed. */
  syncNow(): Promise<SyncOutcome>;
  /** Picks the stored retry schedule back up (worker or browser start). */
  resume(): Promise<void>;
}

/** Wires a syncer over its dependencies. */
export function createSyncer(deps: SyncDeps): Syncer {
  let running: Promise<SyncOutcome> | undefined;
  let again = false;
  const syncNow = () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let outcome: SyncOutcome;
      do {
        again = false;
        outcome = await syncClips(deps);
      } while (again);
      return outcome;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  return {
    syncNow,
    resume: async () => {
      const status = await deps.status.read();
      if (status.needsReconnect) return;
      if (status.nextAttemptAt !== undefined && status.nextAttemptAt > deps.now()) {
        deps.schedule(status.nextAttemptAt);
        return;
      }
      await syncNow();
    },
  };
}
