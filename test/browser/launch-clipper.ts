/**
 * Real Debian Chromium, headless, with the built Clipper loaded (local/chromium.ts). Fails with a
 * clear message, never skips, when Chromium or the build is missing.
 */
import type { Page } from 'playwright-core';
import { type ClipperBrowser, launchClipperBrowser } from '../../local/chromium.ts';

// The extension's `chrome`, as used inside worker.evaluate (that code runs in the service worker).
declare const chrome: {
  storage: {
    local: {
      set(items: object): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
      clear(): Promise<void>;
    };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  tabs: { query(query: { url?: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: object): Promise<string> };
};

export type Clipper = ClipperBrowser;

/** Launches Chromium with the Clipper on a profile (a new one, or an earlier one to "restart"). */
export function launchClipper(profileDir?: string): Promise<Clipper> {
  return launchClipperBrowser({ profileDir, viewport: { width: 1100, height: 800 } });
}

/** Pairs the Clipper with an endpoint the way `npm start` does: `settings` in extension storage. */
export async function pairClipper(clipper: Clipper, endpoint: string, token: string): Promise<void> {
  await clipper.worker.evaluate((settings) => chrome.storage.local.set({ settings }), {
    endpoint,
    token,
    defaultTags: ['browser-test'],
  });
}

/** Empties the Clipper's extension storage (pairing, clips, sync status), as a new install has it. */
export async function clearStorage(clipper: Clipper): Promise<void> {
  await clipper.worker.evaluate(() => chrome.storage.local.clear());
}

/** Reads a key of the Clipper's extension storage. */
export async function readStorage(clipper: Clipper, key: string): Promise<unknown> {
  return clipper.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** Reads a key of the Clipper's session storage (kept in memory while the browser runs). */
export async function readSessionStorage(clipper: Clipper, key: string): Promise<unknown> {
  return clipper.worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k], key);
}

/** Puts a clip in the Clipper's queue as if it had been saved and not sent yet. */
export async function addWaitingClip(clipper: Clipper, clip: object): Promise<void> {
  await clipper.worker.evaluate(async (waiting) => {
    const { clips = [] } = (await chrome.storage.local.get('clips')) as { clips?: unknown[] };
    await chrome.storage.local.set({ clips: [...clips, { clip: waiting, state: 'waiting' }] });
  }, clip);
}

/** The text on the Clipper's toolbar badge. */
export async function readBadge(clipper: Clipper): Promise<string> {
  return clipper.worker.evaluate(() => chrome.action.getBadgeText({}));
}

/**
 * Opens the Clipper for a page as the toolbar button would: the action is triggered on the tab
 * (granting activeTab), then the popup document is opened in a tab of its own for the checks.
 */
export async function openClipperFor(clipper: Clipper, page: Page): Promise<Page> {
  const { context, extensionId, worker } = clipper;
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser CDP session: the context must come from launchClipper.');
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
  const target = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!target) throw new Error(`No target for ${page.url()}`);
  await cdp.send(
    'Extensions.triggerAction' as never,
    { id: extensionId, targetId: target.targetId } as never,
  );
  // activeTab now lets the extension see this tab's URL.
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  if (tabId === undefined) throw new Error(`The Clipper got no access to ${page.url()}`);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
