/**
 * Optional: Chromium with the built Clipper loaded and already paired (endpoint and token written
 * to the extension's `settings` in storage.local), showing the local page.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Where Debian installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';
/** The built Chrome extension. */
export const EXTENSION_DIR = join(import.meta.dirname, '../.output/chrome-mv3');

/** True when `npm start` should open the browser. */
export function shouldOpenBrowser(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    existsSync(CHROMIUM) &&
    env.PARTNERKIT_NO_BROWSER !== '1' &&
    !env.CI &&
    existsSync(join(EXTENSION_DIR, 'manifest.json'))
  );
}

/** Opens Chromium paired to the endpoint; returns how to close it. */
export async function openPairedBrowser(target: {
  endpoint: string;
  token: string;
  pageUrl: string;
}): Promise<() => Promise<void>> {
  const profile = mkdtempSync(join(tmpdir(), 'partnerkit-chromium-'));
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    chromiumSandbox: process.getuid?.() !== 0,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  await worker.evaluate(
    async ([endpoint, token]) => {
      const storage = (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local;
      await storage.set({ settings: { endpoint, token, defaultTags: [] } });
    },
    [target.endpoint, target.token] as const,
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(target.pageUrl);
  return async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
}
