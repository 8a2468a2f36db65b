/**
 * "Clip selection" on the page's context menu: the click grants activeTab, then the popup opens
 * and reads the page's selection itself (the capture script returns it with the page's fields).
 */
import { browser } from 'wxt/browser';

export const CLIP_SELECTION_MENU = 'partnerkit-clip-selection';
export const PENDING_SELECTION_KEY = 'pendingSelection';

/** What the context menu hands to the popup: the tab and the selected text as the menu saw it. */
export interface PendingSelection {
  tabId: number;
  text: string;
}

/** Creates the menu item (once per install or update). */
export function createContextMenu(): void {
  browser.contextMenus.create({
    id: CLIP_SELECTION_MENU,
    title: 'Clip selection to Partnerkit',
    contexts: ['selection'],
  });
}

/** The part of a menu click the Clipper reads (Chrome's and Firefox's `OnClickData` both have it). */
export interface SelectionClick {
  menuItemId: string | number;
  selectionText?: string;
}

/**
 * Opens the Clipper on the tab with the selection kept as the clip's notes: what a click on
 * "Clip selection to Partnerkit" does. Other menu items and tab-less clicks are ignored.
 */
export async function clipSelection(click: SelectionClick, tab?: { id?: number }): Promise<void> {
  if (click.menuItemId !== CLIP_SELECTION_MENU || tab?.id === undefined) return;
  const pending: PendingSelection = { tabId: tab.id, text: click.selectionText ?? '' };
  // Both start at once: Firefox only opens the popup while still inside the click's gesture.
  const stored = browser.storage.session.set({ [PENDING_SELECTION_KEY]: pending });
  try {
    await Promise.all([browser.action.openPopup(), stored]);
  } catch (error) {
    // Some browsers refuse without a focused window; the toolbar button still finds the selection.
    console.warn('[partnerkit] could not open the popup from the context menu', error);
  }
}

/** Answers the menu's clicks. */
export function listenToContextMenu(): void {
  browser.contextMenus.onClicked.addListener((click, tab) => void clipSelection(click, tab));
}
