import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../extension/sync/backoff.ts';

describe('backoffDelay', () => {
  it.each([
    [1, 0, 1_000],
    [1, 1, 2_000],
    [2, 0, 2_000],
    [3, 1, 8_000],
  ])(
    'should wait between half and all of the step on attempt %i (random %d)',
    (attempt, random, expected) => {
      expect(backoffDelay(attempt, () => random)).toBe(expected);
    },
  );

  it('should grow with each attempt until the cap', () => {
    const delays = [1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, () => 0.5));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(new Set(delays).size).toBe(5);
    expect(backoffDelay(50, () => 1)).toBe(10 * 60_000);
  });

  it('should spread retries when random differs', () => {
    expect(backoffDelay(4, () => 0.1)).not.toBe(backoffDelay(4, () => 0.9));
  });
});
