/** Runs the capture script in a tab the person opened the Clipper on (activeTab grants it). */
import { browser } from 'wxt/browser';
import type { CaptureResult } from './capture-result.ts';

export const CAPTURE_SCRIPT = '/content-scripts/content.js';

/** The page's capture, or why it could not be read. */
export async function captureTab(tabId: number): Promise<CaptureResult> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] });
    const result = first?.result as CaptureResult | undefined;
    return result ?? { ok: false, message: 'The page did not answer: reload it and open the Clipper again.' };
  } catch (error) {
    console.warn('[partnerkit] capture failed', error);
    return {
      ok: false,
      message:
        'Browsers keep their own pages (settings, new tabs, built-in viewers) and extension stores closed to extensions.',
    };
  }
}
