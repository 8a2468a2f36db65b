/** The background's composition root: the queue, its retry timer, messages, menu and badge. */
import { browser } from 'wxt/browser';
import { onMessages } from '../messaging/messages.ts';
import { CLIPS_KEY, createClipStore, readClips } from '../storage/clip-store.ts';
import { findSettings, SETTINGS_KEY } from '../storage/settings.ts';
import { createSyncStatusStore, readSyncStatus, SYNC_STATUS_KEY } from '../storage/sync-status.ts';
import { createSyncer } from '../sync/create-syncer.ts';
import { createEndpointClient } from '../sync/endpoint-client.ts';
import { createRetryTimer } from '../sync/retry-timer.ts';
import { createContextMenu, listenToContextMenu } from './context-menu.ts';
import { createHandlers } from './create-handlers.ts';
import { updateBadge } from './update-badge.ts';

/** Starts the Clipper's background work; listeners are added synchronously, as MV3 requires. */
export function startClipper(): void {
  const clips = createClipStore();
  const status = createSyncStatusStore();
  const connect = ({ endpoint, token }: { endpoint: string; token: string }) =>
    createEndpointClient(endpoint, token);
  const syncNow = () => void syncer.syncNow().catch(logError('sync'));
  const timer = createRetryTimer(syncNow);
  const syncer = createSyncer({
    clips,
    status,
    findSettings,
    connect,
    schedule: timer.schedule,
    now: Date.now,
    random: Math.random,
  });

  onMessages(createHandlers({ clips, findSettings, connect, syncNow }));
  browser.runtime.onInstalled.addListener(createContextMenu);
  listenToContextMenu();
  browser.runtime.onStartup.addListener(() => void syncer.resume().catch(logError('startup')));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (SETTINGS_KEY in changes) void reconnect().catch(logError('reconnect'));
    if (CLIPS_KEY in changes || SYNC_STATUS_KEY in changes) void refreshBadge().catch(logError('badge'));
  });

  // New pairing: forget the refused token and the backoff, and send what waits.
  async function reconnect() {
    await status.write({ attempt: 0 });
    syncNow();
  }
  async function refreshBadge() {
    const stored = await browser.storage.local.get([CLIPS_KEY, SYNC_STATUS_KEY]);
    await updateBadge(readClips(stored[CLIPS_KEY]), readSyncStatus(stored[SYNC_STATUS_KEY]));
  }

  void refreshBadge().catch(logError('badge'));
  void syncer.resume().catch(logError('resume'));
}

function logError(where: string) {
  return (error: unknown) => console.error(`[partnerkit] background ${where}:`, error);
}
