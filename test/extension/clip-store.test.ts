import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type ClipState,
  createClipStore,
  dropOldAcknowledged,
  MAX_ACKNOWLEDGED,
  type StoredClip,
} from '../../extension/storage/clip-store.ts';
import { makeClip } from './make-clip.ts';

const stored = (state: ClipState): StoredClip => ({ clip: makeClip(), state });

describe('dropOldAcknowledged', () => {
  it('should drop the oldest acknowledged clips beyond the cap and keep every unsent one', () => {
    const clips = [
      stored('sent'),
      stored('waiting'),
      stored('in-sheet'),
      stored('updated'),
      stored('failed'),
      stored('sent'),
    ];
    const kept = dropOldAcknowledged(clips, 1);
    expect(kept.map((c) => c.state)).toEqual(['waiting', 'failed', 'sent']);
    expect(kept.at(-1)).toBe(clips[5]);
  });

  it('should keep the list as it is under the cap', () => {
    const clips = [stored('sent'), stored('waiting')];
    expect(dropOldAcknowledged(clips, 5)).toBe(clips);
  });
});

describe('createClipStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should never let acknowledged clips grow past the cap, nor drop a waiting clip', async () => {
    const store = createClipStore();
    const waiting = stored('waiting');
    await store.update(() => [
      waiting,
      ...Array.from({ length: MAX_ACKNOWLEDGED + 5 }, () => stored('sent')),
    ]);
    const clips = await store.list();
    expect(clips).toHaveLength(MAX_ACKNOWLEDGED + 1);
    expect(clips[0]?.clip.id).toBe(waiting.clip.id);
  });
});
