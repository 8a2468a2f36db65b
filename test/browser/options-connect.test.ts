/**
 * The options page in real Chromium: Connect checks the endpoint and token against a running
 * local workbook and saves them only when both work. Chromium's host-permission prompt cannot be
 * answered by automation, so the page's `permissions.request` is replaced by the person's answer
 * (Allow or Deny), and the test checks what was asked.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Clipper, clearStorage, launchClipper, openClipperFor, readStorage } from './launch-clipper.ts';
import { closeTabs, keepLocal, newDataDir } from './paired-clipper.ts';
import { expectClipState, openPage } from './popup-steps.ts';
import { type PageServer, servePages } from './serve-pages.ts';
import { type Endpoint, startEndpoint } from './start-endpoint.ts';
import { readTab } from './workbook-rows.ts';

// Chromium and the workbook share the machine with the rest of the suite: give pages time to answer.
vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

declare global {
  interface Window {
    askedOrigins?: string[][];
  }
}

/** Opens the options page with the permission prompt answered `allow`. */
async function openOptions(clipper: Clipper, allow: boolean): Promise<Page> {
  const page = await clipper.context.newPage();
  await page.addInitScript((answer) => {
    const asked: string[][] = [];
    window.askedOrigins = asked;
    const scope = globalThis as unknown as Record<string, { permissions?: { request: unknown } } | undefined>;
    for (const name of ['chrome', 'browser']) {
      const permissions = scope[name]?.permissions;
      if (permissions)
        permissions.request = async ({ origins }: { origins: string[] }) => {
          asked.push(origins);
          return answer;
        };
    }
  }, allow);
  await page.goto(`chrome-extension://${clipper.extensionId}/options.html`);
  return page;
}

describe('Options: Connect', () => {
  let clipper: Clipper;
  let pages: PageServer;
  let endpoint: Endpoint;
  let dataDir: string;

  beforeAll(async () => {
    pages = await servePages();
    clipper = await launchClipper();
    await keepLocal(clipper.context);
    dataDir = newDataDir();
    endpoint = await startEndpoint(dataDir);
  });
  afterEach(() => closeTabs(clipper));
  afterAll(async () => {
    await clipper?.context.close();
    await endpoint?.close();
    await pages?.close();
  });

  const fill = async (options: Page, token: string) => {
    await options.getByLabel('Endpoint URL').fill(endpoint.endpoint);
    await options.getByLabel('Token').fill(token);
  };

  it('should show one Connect, and no test that saves nothing', async () => {
    await clearStorage(clipper);
    const options = await openOptions(clipper, true);
    await options.getByRole('button', { name: 'Connect' }).waitFor();
    expect(await options.getByRole('button').allTextContents()).toEqual(['Connect']);
    await options.getByText('Paste the endpoint URL and token it shows here, then press Connect.').waitFor();
  });

  it('should save nothing when the sheet refuses the token, and say what to do', async () => {
    await clearStorage(clipper);
    const options = await openOptions(clipper, true);
    await fill(options, 'not-the-token-0123456789abcdef');
    await options.getByRole('button', { name: 'Connect' }).click();
    await options.getByText('Not connected; nothing was saved.').waitFor();
    await options.getByText(/did not accept this token/).waitFor();
    expect(await readStorage(clipper, 'settings')).toBeUndefined();
  });

  it('should save nothing when the person does not allow the Clipper to reach the sheet', async () => {
    await clearStorage(clipper);
    const options = await openOptions(clipper, false);
    await fill(options, endpoint.token);
    await options.getByRole('button', { name: 'Connect' }).click();
    await options.getByText(/did not let the Clipper reach this address/).waitFor();
    expect(await options.evaluate(() => window.askedOrigins)).toEqual([['http://127.0.0.1/*']]);
    expect(await readStorage(clipper, 'settings')).toBeUndefined();
  });

  it('should ask for the sheet’s host, check the token and save the pairing in one step', async () => {
    await clearStorage(clipper);
    const options = await openOptions(clipper, true);
    await fill(options, endpoint.token);
    await options.getByRole('button', { name: 'Connect' }).click();
    await options.getByText(/^Connected and saved: your sheet answered and accepted the token/).waitFor();
    expect(await options.evaluate(() => window.askedOrigins)).toEqual([['http://127.0.0.1/*']]);
    expect(await readStorage(clipper, 'settings')).toEqual({
      endpoint: endpoint.endpoint,
      token: endpoint.token,
      defaultTags: [],
    });
    // Saved, the pairing can be checked again as it is; that check saves nothing.
    await options.getByRole('button', { name: 'Check saved connection' }).click();
    await options
      .getByText('Your saved connection works: the sheet answered and accepted the token.')
      .waitFor();

    // Connected means clips go to this sheet.
    const popup = await openClipperFor(
      clipper,
      await openPage(clipper, pages.url('own/riverside-foundation.html')),
    );
    await expect.poll(() => popup.getByLabel('Name', { exact: true }).inputValue()).not.toBe('');
    await popup.getByRole('button', { name: 'Save to sheet' }).click();
    await expectClipState(popup, 'Riverside Community Foundation', 'Added');
    await expect
      .poll(async () => (await readTab(dataDir, 'Stakeholders')).map((r) => r.Name))
      .toContain('Riverside Community Foundation');
  });
});
