/** The toolbar badge counts clips the sheet has not acknowledged; red "!" when a reconnect is needed. */
import { browser } from 'wxt/browser';
import { countUnsent, type StoredClip } from '../storage/clip-store.ts';
import type { SyncStatus } from '../storage/sync-status.ts';

/** Sets the badge from the stored clips and sync status. */
export async function updateBadge(clips: readonly StoredClip[], status: SyncStatus): Promise<void> {
  const unsent = countUnsent(clips);
  const text = status.needsReconnect ? '!' : unsent > 0 ? String(unsent) : '';
  await browser.action.setBadgeText({ text });
  await browser.action.setBadgeBackgroundColor({ color: status.needsReconnect ? '#b3261e' : '#35607a' });
}
