/**
 * Wakes the worker for the next sync try. An alarm survives the service worker being stopped
 * (timers do not) but Chrome fires alarms no sooner than 30 s; a timer covers the short early
 * delays while the worker is alive, and whichever fires first runs the sync.
 */
import { browser } from 'wxt/browser';

export const RETRY_ALARM = 'partnerkit-sync-retry';
// Below this, also keep an in-memory timer: the worker usually outlives such a short wait.
const TIMER_LIMIT_MS = 60_000;

export interface RetryTimer {
  schedule(at: number): void;
}

/** A retry timer that calls `fire` at the scheduled time; one schedule at a time. */
export function createRetryTimer(fire: () => void, now: () => number = Date.now): RetryTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) fire();
  });
  return {
    schedule(at) {
      clearTimeout(timer);
      void browser.alarms.create(RETRY_ALARM, { when: at });
      const delay = at - now();
      if (delay < TIMER_LIMIT_MS) {
        timer = setTimeout(
          () => {
            void browser.alarms.clear(RETRY_ALARM);
            fire();
          },
          Math.max(0, delay),
        );
      }
    },
  };
}
