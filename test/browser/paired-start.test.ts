/**
 * `npm start`'s paired browser (local/browser.ts), as the server opens it: the Clipper it loads
 * is paired with the local workbook, so a clip saved there reaches the workbook file with nothing
 * entered by hand.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startServer } from '../../local/server.ts';
import { openClipperFor } from './launch-clipper.ts';
import { keepLocal, newDataDir } from './paired-clipper.ts';
import { expectClipState, openPage } from './popup-steps.ts';
import { type PageServer, servePages } from './serve-pages.ts';
import { readTab } from './workbook-rows.ts';

// Chromium and the workbook share the machine with the rest of the suite: give pages time to answer.
vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

describe('npm start with the paired browser', () => {
  let pages: PageServer;
  let server: RunningServer;
  let dataDir: string;

  const pairedBrowser = () => {
    if (!server.browser) throw new Error('The server opened no browser.');
    return server.browser;
  };

  beforeAll(async () => {
    pages = await servePages();
    dataDir = newDataDir();
    // As `npm start` does (no token given: connectClipper makes one), but always headless.
    server = await startServer({ dataDir, port: 0, openBrowser: { headless: true } });
    await keepLocal(pairedBrowser().context);
  });
  afterAll(async () => {
    await server?.close();
    await pages?.close();
  });

  it('should show the local workbook page and the endpoint on the Clipper options page', async () => {
    const browser = pairedBrowser();
    expect(browser.context.pages().map((page) => page.url())).toContain(server.url);

    const options = await openPage(browser, `chrome-extension://${browser.extensionId}/options.html`);
    const endpoint = options.getByLabel('Endpoint URL');
    await expect.poll(() => endpoint.inputValue()).toBe(server.endpoint);
    expect(await options.getByLabel('Token').inputValue()).toBe(server.token);
    // Paired by npm start, not by a Connect here: the saved pairing can be checked as it is.
    await options.getByRole('button', { name: 'Check saved connection' }).click();
    await options
      .getByText('Your saved connection works: the sheet answered and accepted the token.')
      .waitFor();
  });

  it('should send a clip saved from the popup to the workbook file', async () => {
    const browser = pairedBrowser();
    const page = await openPage(browser, pages.url('own/riverside-foundation.html'));
    const popup = await openClipperFor(browser, page);
    await expect
      .poll(() => popup.getByLabel('Name', { exact: true }).inputValue())
      .toBe('Riverside Community Foundation');
    await popup.getByRole('button', { name: 'Save to sheet' }).click();
    await expectClipState(popup, 'Riverside Community Foundation', 'Added');

    await expect
      .poll(async () => (await readTab(dataDir, 'Stakeholders')).map((row) => row.Name), { timeout: 10_000 })
      .toContain('Riverside Community Foundation');
  });
});
