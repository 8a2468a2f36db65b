/**
 * Every clip the person saved, with its delivery state, under `clips` in extension storage (kept
 * across restarts). Only the background writes, through one lock, so no change is ever lost.
 */
import { browser } from 'wxt/browser';
import type { Clip } from '../../shared/model.ts';
import { createLock } from '../sync/create-lock.ts';

/**
 * waiting: not acknowledged yet; sent: added as a new row; updated: the sheet had it and filled in
 * its empty cells; in-sheet: the sheet had it and nothing was new.
 */
export type ClipState = 'waiting' | 'sent' | 'updated' | 'in-sheet' | 'failed';

export interface StoredClip {
  clip: Clip;
  state: ClipState;
  /** Why it failed, in words. */
  reason?: string;
  /** Sheet row it landed in, when the sheet says. */
  row?: number;
}

export const CLIPS_KEY = 'clips';

/**
 * Acknowledged clips kept for "Recent clips" and the CSV export. They are already in the sheet,
 * and without a cap the list would fill extension storage's quota over months of clipping.
 */
export const MAX_ACKNOWLEDGED = 1000;

export interface ClipStore {
  list(): Promise<StoredClip[]>;
  /** Applies a change to the whole list atomically and returns the new list. */
  update(change: (clips: StoredClip[]) => StoredClip[]): Promise<StoredClip[]>;
}

/** The clip store over `browser.storage.local`. */
export function createClipStore(area = browser.storage.local): ClipStore {
  const lock = createLock();
  const list = async () => readClips((await area.get(CLIPS_KEY))[CLIPS_KEY]);
  return {
    list,
    update: (change) =>
      lock(async () => {
        const next = dropOldAcknowledged(change(await list()));
        await area.set({ [CLIPS_KEY]: next });
        return next;
      }),
  };
}

/** Keeps every waiting and failed clip, and only the newest MAX_ACKNOWLEDGED of the others. */
export function dropOldAcknowledged(clips: StoredClip[], keep = MAX_ACKNOWLEDGED): StoredClip[] {
  let excess = clips.filter(isAcknowledged).length - keep;
  if (excess <= 0) return clips;
  return clips.filter((c) => {
    if (excess > 0 && isAcknowledged(c)) {
      excess -= 1;
      return false;
    }
    return true;
  });
}

/** True once the sheet confirmed the clip (added, updated, or already there). */
export const isAcknowledged = (c: StoredClip): boolean =>
  c.state === 'sent' || c.state === 'updated' || c.state === 'in-sheet';

/** Reads the stored list, dropping anything that is not a clip record. */
export function readClips(value: unknown): StoredClip[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is StoredClip =>
      typeof item === 'object' && item !== null && typeof item.clip?.id === 'string' && 'state' in item,
  );
}

/** Clips not yet acknowledged by the sheet (waiting or failed): what the badge counts. */
export const countUnsent = (clips: readonly StoredClip[]): number =>
  clips.filter((c) => c.state === 'waiting' || c.state === 'failed').length;
