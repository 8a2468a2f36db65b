import { browser } from 'wxt/browser';

/** Opens "Clip tabs…" in a tab of its own (a popup closes when a permission prompt takes focus). */
export async function openClipTabs(): Promise<void> {
  const window = await browser.windows.getCurrent();
  const url = browser.runtime.getURL(`/clip-tabs.html?windowId=${window.id ?? ''}`);
  await browser.tabs.create({ url, windowId: window.id });
}
