/**
 * Optional: Chromium with the built Clipper loaded and already paired (endpoint and token written
 * to the extension's `settings` in storage.local), showing the local page.
 *
 * No host permission is granted: that takes a click in the options page. The Clipper reaches the
 * local endpoint without it because `/exec` answers with CORS open to any origin.
 */
import { rmSync } from 'node:fs';
import { type ClipperBrowser, findLaunchProblem, launchClipperBrowser } from './chromium.ts';

// The extension's `chrome`, as used inside worker.evaluate (that code runs in the service worker).
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/** True when `npm start` should open the browser. */
export function shouldOpenBrowser(env: NodeJS.ProcessEnv = process.env): boolean {
  return findLaunchProblem() === undefined && env.PARTNERKIT_NO_BROWSER !== '1' && !env.CI;
}

/** How the paired browser is opened. */
export interface PairedBrowserOptions {
  /** Default: headless only when there is no display to show a window on. */
  headless?: boolean;
  /** A profile folder to use (and keep); default: a new one, deleted on close. */
  profileDir?: string;
}

/** Chromium with the paired Clipper, and how to close it. */
export interface PairedBrowser extends ClipperBrowser {
  close(): Promise<void>;
}

/** Opens Chromium paired to the endpoint, showing the page. */
export async function openPairedBrowser(
  target: { endpoint: string; token: string; pageUrl: string },
  options: PairedBrowserOptions = {},
): Promise<PairedBrowser> {
  const headless = options.headless ?? (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const browser = await launchClipperBrowser({
    headless,
    profileDir: options.profileDir,
    viewport: headless ? undefined : null,
  });
  const close = async () => {
    await browser.context.close().catch(() => undefined);
    if (!options.profileDir) rmSync(browser.profileDir, { recursive: true, force: true });
  };
  try {
    await browser.worker.evaluate((settings) => chrome.storage.local.set({ settings }), {
      endpoint: target.endpoint,
      token: target.token,
      defaultTags: [] as string[],
    });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(target.pageUrl);
  } catch (error) {
    await close();
    throw error;
  }
  return { ...browser, close };
}
