import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CLIP_SELECTION_MENU,
  clipSelection,
  PENDING_SELECTION_KEY,
} from '../../extension/background/context-menu.ts';

const pendingSelection = async () =>
  (await fakeBrowser.storage.session.get(PENDING_SELECTION_KEY))[PENDING_SELECTION_KEY];

describe('clipSelection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('should keep the selection for the tab and open the Clipper', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await clipSelection({ menuItemId: CLIP_SELECTION_MENU, selectionText: 'Apply by 1 May.' }, { id: 7 });
    expect(await pendingSelection()).toEqual({ tabId: 7, text: 'Apply by 1 May.' });
    expect(openPopup).toHaveBeenCalledOnce();
  });

  it('should keep the selection when the browser refuses to open the popup', async () => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no focused window'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await clipSelection({ menuItemId: CLIP_SELECTION_MENU, selectionText: 'Apply by 1 May.' }, { id: 7 });
    expect(await pendingSelection()).toEqual({ tabId: 7, text: 'Apply by 1 May.' });
  });

  it.each([
    [{ menuItemId: 'another-extension-item', selectionText: 'x' }, { id: 7 }],
    [{ menuItemId: CLIP_SELECTION_MENU, selectionText: 'x' }, undefined],
  ])('should ignore clicks that are not its own on a tab', async (click, tab) => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await clipSelection(click, tab);
    expect(await pendingSelection()).toBeUndefined();
    expect(openPopup).not.toHaveBeenCalled();
  });
});
