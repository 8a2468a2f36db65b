import { browser } from 'wxt/browser';

/** True where the browser has Chrome's side panel (not Firefox). */
export const hasSidePanel = (): boolean => typeof browser.sidePanel?.open === 'function';

/**
 * Moves the Clipper for this tab into the side panel, so it stays open while the person reads.
 * Must run inside the click: Chrome opens a side panel only during a user gesture.
 */
export function openSidePanel(tabId: number): void {
  const path = `sidepanel.html?tabId=${tabId}`;
  void browser.sidePanel.setOptions({ tabId, path, enabled: true });
  void browser.sidePanel
    .open({ tabId })
    .then(() => window.close())
    .catch((error: unknown) => console.warn('[partnerkit] could not open the side panel', error));
}
