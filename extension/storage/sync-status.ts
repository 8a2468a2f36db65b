/** How sending is going, under `syncStatus`: the retry schedule survives the worker being stopped. */
import { browser } from 'wxt/browser';

export interface SyncStatus {
  /** Failed attempts in a row; 0 after a request the sheet answered. */
  attempt: number;
  /** When to try again (epoch ms), while clips wait. */
  nextAttemptAt?: number;
  /** The last problem, in words, shown in the popup. */
  lastError?: string;
  /** The sheet refused the token: stop until the person reconnects in Options. */
  needsReconnect?: boolean;
}

export const SYNC_STATUS_KEY = 'syncStatus';

export interface SyncStatusStore {
  read(): Promise<SyncStatus>;
  write(status: SyncStatus): Promise<void>;
}

/** The status store over `browser.storage.local`. */
export function createSyncStatusStore(area = browser.storage.local): SyncStatusStore {
  return {
    read: async () => readSyncStatus((await area.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY]),
    write: (status) => area.set({ [SYNC_STATUS_KEY]: status }),
  };
}

/** Reads a stored status, defaulting anything missing. */
export function readSyncStatus(value: unknown): SyncStatus {
  const status = (typeof value === 'object' && value !== null ? value : {}) as Partial<SyncStatus>;
  return { ...status, attempt: typeof status.attempt === 'number' ? status.attempt : 0 };
}
