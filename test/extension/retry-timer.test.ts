import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRetryTimer, RETRY_ALARM } from '../../extension/sync/retry-timer.ts';

describe('createRetryTimer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('should keep an alarm, which outlives the service worker, for the retry time', async () => {
    const timer = createRetryTimer(
      () => undefined,
      () => 0,
    );
    timer.schedule(5 * 60_000);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeDefined());
    expect((await fakeBrowser.alarms.get(RETRY_ALARM))?.scheduledTime).toBe(5 * 60_000);
  });

  it('should fire a short delay from an in-memory timer, once', async () => {
    const fire = vi.fn();
    const timer = createRetryTimer(fire, () => 0);
    timer.schedule(2_000);
    timer.schedule(4_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fire).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fire).toHaveBeenCalledOnce();
  });

  it('should fire when the alarm wakes the worker', async () => {
    const fire = vi.fn();
    createRetryTimer(fire);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: RETRY_ALARM,
      scheduledTime: 0,
      persistAcrossSessions: true,
    });
    expect(fire).toHaveBeenCalledOnce();
  });
});
