/** Runs the Clipper's capture script in a tab "Clip tabs…" was given access to. */
import { browser } from 'wxt/browser';
import type { CaptureResult } from '../capture/capture-result.ts';
import { CAPTURE_SCRIPT } from '../capture/capture-tab.ts';

/** The tab's capture, or why it could not be read: closed, moved to a browser page, or refused. */
export async function captureOpenTab(tabId: number): Promise<CaptureResult> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { ok: false, message: 'This tab was closed before it could be read.' };
  if (tab.url && !/^https?:\/\//i.test(tab.url))
    return { ok: false, message: 'This tab now shows a browser page, which extensions cannot read.' };
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] });
    const result = first?.result as CaptureResult | undefined;
    return result ?? { ok: false, message: 'The page did not answer: reload it and try again.' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The browser did not let the Clipper read this tab (${reason}).` };
  }
}
