import type { SyncStatus } from '../storage/sync-status.ts';
import { OptionsLink } from './OptionsLink.tsx';

export interface SyncBannerProps {
  connected: boolean;
  status: SyncStatus;
  waiting: number;
  onRetryNow: () => void;
}

const clipCount = (n: number) => (n === 1 ? '1 clip' : `${n} clips`);
const clipsWaiting = (n: number) => `${clipCount(n)} ${n === 1 ? 'is' : 'are'} waiting`;

/** Why clips are waiting, and the one thing the person can do about it. */
export function SyncBanner({ connected, status, waiting, onRetryNow }: SyncBannerProps) {
  if (!connected) {
    return (
      <section class="banner connect" aria-labelledby="connect-title">
        <h2 id="connect-title">Connect the Clipper to your sheet</h2>
        <p>Until then, what you save waits here{waiting > 0 ? ` (${clipCount(waiting)} so far)` : ''}.</p>
        <OptionsLink class="button primary">Connect to your sheet</OptionsLink>
      </section>
    );
  }
  if (status.needsReconnect) {
    return (
      <div class="banner warn" role="alert">
        <p>Your sheet no longer accepts this Clipper’s token. Reconnect to send waiting clips.</p>
        <OptionsLink class="button">Reconnect</OptionsLink>
      </div>
    );
  }
  if (waiting === 0 || !status.lastError) return null;
  const next = status.nextAttemptAt
    ? new Date(status.nextAttemptAt).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })
    : undefined;
  return (
    <div class="banner warn" role="status">
      <p>
        {clipsWaiting(waiting)}. {status.lastError}
        {next ? ` Trying again at ${next}.` : ''}
      </p>
      <button type="button" onClick={onRetryNow}>
        Try now
      </button>
    </div>
  );
}
