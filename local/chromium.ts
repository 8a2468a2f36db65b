/**
 * Debian's Chromium with the built Clipper loaded (playwright-core), as `npm start` opens it and
 * the browser tests drive it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/** Where Debian installs Chromium (CHROMIUM_PATH overrides it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built Chrome extension. */
export const EXTENSION_DIR = join(import.meta.dirname, '../.output/chrome-mv3');

/** Chromium running the Clipper. */
export interface ClipperBrowser {
  context: BrowserContext;
  /** The Clipper's id, as in chrome-extension://ID/. */
  extensionId: string;
  /** The Clipper's service worker (its background). */
  worker: Worker;
  /** The Chromium profile, kept after close so a test can "restart" on it. */
  profileDir: string;
}

/** Settings of launchClipperBrowser. */
export interface LaunchOptions {
  /** A profile to reuse; default: a new one in the temp folder. */
  profileDir?: string;
  /** Default true. */
  headless?: boolean;
  /** Page size; `null` follows the window. Default: Playwright's 1280×720. */
  viewport?: { width: number; height: number } | null;
}

/** What keeps the Clipper from being launched, with the command that fixes it; undefined when nothing. */
export function findLaunchProblem(): string | undefined {
  if (!existsSync(CHROMIUM))
    return `Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium".`;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    return `The Clipper is not built at ${EXTENSION_DIR}: run "npm run build:extension" first.`;
  return undefined;
}

/** Launches Chromium with the Clipper and waits for its service worker; throws what is missing. */
export async function launchClipperBrowser(options: LaunchOptions = {}): Promise<ClipperBrowser> {
  const problem = findLaunchProblem();
  if (problem) throw new Error(problem);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'partnerkit-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport,
    // Chromium's sandbox cannot start as root.
    chromiumSandbox: process.getuid?.() !== 0,
    args: [
      // Both are needed: Playwright itself adds --disable-extensions.
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets Playwright's own CDP pipe press the toolbar button (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
    ],
  });
  try {
    const worker = await clipperWorker(context);
    return { context, extensionId: new URL(worker.url()).host, worker, profileDir };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function clipperWorker(context: BrowserContext): Promise<Worker> {
  const isClipper = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isClipper) ??
    (await context.waitForEvent('serviceworker', { predicate: isClipper, timeout: 15_000 }))
  );
}
