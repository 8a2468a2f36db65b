import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '../../extension/background/update-badge.ts';
import type { StoredClip } from '../../extension/storage/clip-store.ts';
import { makeClip } from './make-clip.ts';

const clipsIn = (...states: StoredClip['state'][]): StoredClip[] =>
  states.map((state) => ({ clip: makeClip(), state }));

describe('updateBadge', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [clipsIn('waiting', 'failed', 'sent', 'in-sheet'), '2'],
    [clipsIn('sent'), ''],
    [[], ''],
  ])('should count the unsent clips', async (clips, text) => {
    await updateBadge(clips, { attempt: 0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe(text);
  });

  it('should show "!" when the person must reconnect', async () => {
    await updateBadge(clipsIn('waiting'), { attempt: 0, needsReconnect: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });
});
