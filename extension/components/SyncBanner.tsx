import type { SyncStatus } from '../storage/sync-status.ts';

export interface SyncBannerProps {
  connected: boolean;
  status: SyncStatus;
  waiting: number;
  onOpenOptions: () => void;
  onRetryNow: () => void;
}

/** Why clips are waiting, and what the person can do about it. */
export function SyncBanner({ connected, status, waiting, onOpenOptions, onRetryNow }: SyncBannerProps) {
  if (!connected || status.needsReconnect) {
    return (
      <div class="banner warn" role="alert">
        {status.needsReconnect
          ? 'Your sheet refused the Clipper’s token: reconnect it to send waiting clips.'
          : 'Not connected to a sheet yet: clips are kept here until you connect.'}{' '}
        <button type="button" onClick={onOpenOptions}>
          {status.needsReconnect ? 'Reconnect' : 'Connect'}
        </button>
      </div>
    );
  }
  if (waiting === 0 || !status.lastError) return null;
  const next = status.nextAttemptAt ? new Date(status.nextAttemptAt).toLocaleTimeString() : undefined;
  return (
    <div class="banner" role="status">
      {waiting} waiting. {status.lastError}
      {next ? ` Next try at ${next}.` : ''}{' '}
      <button type="button" onClick={onRetryNow}>
        Try now
      </button>
    </div>
  );
}
