import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CLIPS_KEY, readClips, type StoredClip } from '../storage/clip-store.ts';
import { readSyncStatus, SYNC_STATUS_KEY, type SyncStatus } from '../storage/sync-status.ts';

/** The stored clips and sync status, kept live as the background sends. */
export function useStoredClips(): { clips: StoredClip[]; status: SyncStatus } {
  const [clips, setClips] = useState<StoredClip[]>([]);
  const [status, setStatus] = useState<SyncStatus>({ attempt: 0 });
  useEffect(() => {
    const load = async () => {
      const stored = await browser.storage.local.get([CLIPS_KEY, SYNC_STATUS_KEY]);
      setClips(readClips(stored[CLIPS_KEY]));
      setStatus(readSyncStatus(stored[SYNC_STATUS_KEY]));
    };
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (CLIPS_KEY in changes || SYNC_STATUS_KEY in changes)) void load();
    };
    void load();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return { clips, status };
}
