/**
 * The Clipper's own popup, as the context menu opens it (`action.openPopup`), driven over CDP:
 * Playwright does not list extension popups among its pages, so the checks run in its document.
 */
import type { CDPSession, Page } from 'playwright-core';
import { CLIP_SELECTION_MENU } from '../../extension/background/context-menu.ts';
import type { Clipper } from './launch-clipper.ts';

// The extension's `chrome`, as used inside worker.evaluate (that code runs in the service worker).
declare const chrome: {
  tabs: { query(query: { url?: string }): Promise<{ id?: number }[]> };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
};

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** A real popup: runs a function in its document and returns the (JSON) result. */
export interface RealPopup {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

const POPUP_PATH = '/popup.html';

async function targets(cdp: CDPSession): Promise<TargetInfo[]> {
  // `[{}]`: every target, tabs included (the default leaves tabs out).
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] } as never);
  return targetInfos as TargetInfo[];
}

/** Waits until the condition on the browser's targets holds (the popup opening or closing). */
async function waitForTargets<T>(cdp: CDPSession, found: (t: TargetInfo[]) => T | undefined): Promise<T> {
  const until = Date.now() + 15_000;
  for (;;) {
    const result = found(await targets(cdp));
    if (result !== undefined) return result;
    if (Date.now() > until) throw new Error('The Clipper popup did not open or close in time.');
    await new Promise((done) => setTimeout(done, 100));
  }
}

const popupsIn = (clipper: Clipper, all: TargetInfo[]) =>
  all.filter((t) => t.url.startsWith(`chrome-extension://${clipper.extensionId}${POPUP_PATH}`));

/**
 * Right-click › "Clip selection to Partnerkit" on the page's current selection, as far as
 * automation allows: a menu cannot be clicked headless, so Chrome's own `contextMenus.onClicked`
 * event is dispatched to the Clipper's listener with what Chrome passes (the click and the tab).
 * A real menu click also grants activeTab; here the toolbar action grants it, and the popup that
 * action opens is closed first so the one the menu opens is the one checked.
 */
export async function clickClipSelection(clipper: Clipper, page: Page): Promise<RealPopup> {
  const cdp = await clipper.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser CDP session: the context must come from launchClipper.');
  const tab = (await targets(cdp)).find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`No target for ${page.url()}`);
  await cdp.send(
    'Extensions.triggerAction' as never,
    { id: clipper.extensionId, targetId: tab.targetId } as never,
  );
  const granted = await waitForTargets(cdp, (all) => popupsIn(clipper, all)[0]);
  await cdp.send('Target.closeTarget', { targetId: granted.targetId });
  await waitForTargets(cdp, (all) => (popupsIn(clipper, all).length === 0 ? true : undefined));

  const selectionText = await page.evaluate(() => getSelection()?.toString() ?? '');
  await clipper.worker.evaluate(
    async ({ url, click }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (!tab) throw new Error(`No tab for ${url}`);
      chrome.contextMenus.onClicked.dispatch(click, tab);
    },
    {
      url: page.url(),
      click: { menuItemId: CLIP_SELECTION_MENU, selectionText, pageUrl: page.url(), editable: false },
    },
  );
  const popup = await waitForTargets(cdp, (all) => popupsIn(clipper, all)[0]);
  return attach(cdp, popup.targetId);
}

async function attach(cdp: CDPSession, targetId: string): Promise<RealPopup> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  const replies = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply);
  });
  let lastId = 0;
  const call = (method: string, params: object) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++lastId;
      replies.set(id, (reply) =>
        reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result),
      );
      void cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  return {
    async evaluate(fn, arg) {
      const { result, exceptionDetails } = (await call('Runtime.evaluate', {
        expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string } } };
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'Popup script failed');
      return result.value as never;
    },
    close: async () => {
      await cdp.send('Target.closeTarget', { targetId });
      await cdp.detach();
    },
  };
}
