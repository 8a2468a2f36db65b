import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../extension/background/create-handlers.ts';
import { onMessages, sendMessage } from '../../extension/messaging/messages.ts';
import { createClipStore } from '../../extension/storage/clip-store.ts';
import { findSettings, saveSettings } from '../../extension/storage/settings.ts';
import { createFakeEndpoint } from './fake-endpoint.ts';
import { makeClip } from './make-clip.ts';

function setUp() {
  const clips = createClipStore();
  const syncNow = vi.fn();
  const endpoint = createFakeEndpoint();
  onMessages(createHandlers({ clips, findSettings, connect: () => endpoint.client, syncNow }));
  return { clips, syncNow, endpoint };
}

describe('background messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should store saved clips as waiting at once and start sending', async () => {
    const { clips, syncNow } = setUp();
    const clip = makeClip();
    expect(await sendMessage('saveClips', { clips: [clip] })).toEqual({ ok: true, value: 1 });
    expect(await clips.list()).toEqual([{ clip, state: 'waiting' }]);
    expect(syncNow).toHaveBeenCalledOnce();
  });

  it('should never store the same clip id twice', async () => {
    const { clips } = setUp();
    const clip = makeClip();
    await sendMessage('saveClips', { clips: [clip] });
    await sendMessage('saveClips', { clips: [clip] });
    expect(await clips.list()).toHaveLength(1);
  });

  it('should refuse an invalid clip and say why', async () => {
    const { clips } = setUp();
    const clip = makeClip('');
    const reply = await sendMessage('saveClips', { clips: [clip] });
    expect(reply).toMatchObject({ ok: false });
    expect(reply.ok ? '' : reply.message).toContain('name is required');
    expect(await clips.list()).toEqual([]);
  });

  it('should put a failed clip back in the queue on retry', async () => {
    const { clips, syncNow } = setUp();
    const clip = makeClip();
    await clips.update(() => [{ clip, state: 'failed', reason: 'rejected' }]);
    await sendMessage('retryClip', { id: clip.id });
    expect(await clips.list()).toEqual([{ clip, state: 'waiting' }]);
    expect(syncNow).toHaveBeenCalled();
  });

  it('should ask the paired sheet for lookups and explain when not paired', async () => {
    setUp();
    const before = await sendMessage('lookup', { queries: [{ name: 'ARDC' }] });
    expect(before).toMatchObject({ ok: false, message: expect.stringContaining('Not connected') });
    await saveSettings({ endpoint: 'http://127.0.0.1:9/exec', token: 't', defaultTags: [] });
    expect(await sendMessage('lookup', { queries: [{ name: 'ARDC' }] })).toEqual({ ok: true, value: [] });
  });

  it('should answer a failed reply when no background listens', async () => {
    const reply = await sendMessage('syncNow', {});
    expect(reply.ok).toBe(false);
  });
});
