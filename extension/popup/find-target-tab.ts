import { browser } from 'wxt/browser';

/**
 * The tab to clip: `?tabId=` when the page is opened for a given tab (side panel, tests),
 * else the active tab of the window the popup belongs to.
 */
export async function findTargetTab(
  search = location.search,
): Promise<{ id: number; url: string } | undefined> {
  const param = Number(new URLSearchParams(search).get('tabId'));
  const tab =
    Number.isInteger(param) && param > 0
      ? await browser.tabs.get(param)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url ?? '' };
}
