import { describe, expect, it } from 'vitest';
import { batchClips } from '../../extension/sync/batch-clips.ts';
import { MAX_CLIPS_PER_REQUEST } from '../../shared/protocol.ts';
import { makeClip } from './make-clip.ts';

describe('batchClips', () => {
  it('should send at most 500 clips per request', () => {
    const clips = Array.from({ length: 1_201 }, () => makeClip());
    const batches = batchClips(clips);
    expect(batches.map((b) => b.length)).toEqual([MAX_CLIPS_PER_REQUEST, MAX_CLIPS_PER_REQUEST, 201]);
    expect(batches.flat()).toEqual(clips);
  });

  it('should keep each request under the body limit', () => {
    const clips = Array.from({ length: 10 }, () => makeClip('x'.repeat(40_000)));
    const batches = batchClips(clips, 500, 100_000);
    expect(batches.length).toBeGreaterThan(3);
    for (const batch of batches) expect(JSON.stringify(batch).length).toBeLessThan(100_000);
  });

  it('should return no batch for an empty queue', () => {
    expect(batchClips([])).toEqual([]);
  });
});
