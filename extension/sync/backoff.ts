/** Retry delays for the sync queue: exponential, capped, with jitter so many browsers don't retry in step. */

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 10 * 60_000 };

/**
 * Delay before retry number `attempt` (1 for the first retry): half of the exponential step is
 * fixed and half is random ("equal jitter"), so the delay still grows while retries spread out.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  { baseMs, maxMs }: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
