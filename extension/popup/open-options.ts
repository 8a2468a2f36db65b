import { browser } from 'wxt/browser';

/** The options page's address, for links that open it. */
export const optionsUrl = (): string => browser.runtime.getURL('/options.html');

/** Opens the options page (reusing its tab when open) instead of following the link. */
export function openOptions(event: Event): void {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
}
