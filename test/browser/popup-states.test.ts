/**
 * The Clipper's states a person meets before a clip is saved, in real Chromium: not connected yet,
 * a form that cannot be saved yet, and a page the browser keeps closed to extensions.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Clipper, clearStorage, launchClipper, openClipperFor } from './launch-clipper.ts';
import { closeTabs, keepLocal, type PairedWorkbook, pairWithNewWorkbook } from './paired-clipper.ts';
import { expectClipState, openPage } from './popup-steps.ts';
import { type PageServer, servePages } from './serve-pages.ts';
import { readTab } from './workbook-rows.ts';

// Chromium and the workbook share the machine with the rest of the suite: give pages time to answer.
vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

// The extension's `chrome`, as used inside worker.evaluate (that code runs in the service worker).
declare const chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } };

describe('Clipper popup states', () => {
  let pages: PageServer;
  let clipper: Clipper;
  let workbook: PairedWorkbook | undefined;

  beforeAll(async () => {
    pages = await servePages();
    clipper = await launchClipper();
    await keepLocal(clipper.context);
  });
  afterEach(async () => {
    await closeTabs(clipper);
    await workbook?.endpoint.close();
    workbook = undefined;
  });
  afterAll(async () => {
    await clipper?.context.close();
    await pages?.close();
  });

  const clipPage = async (path: string) => openClipperFor(clipper, await openPage(clipper, pages.url(path)));

  it('should lead a Clipper not connected yet to the options page, and still offer to save', async () => {
    await clearStorage(clipper);
    const popup = await clipPage('own/riverside-foundation.html');
    const connect = popup.getByRole('link', { name: 'Connect to your sheet' });
    await connect.waitFor();
    expect(await connect.getAttribute('href')).toBe(`chrome-extension://${clipper.extensionId}/options.html`);
    expect(await popup.getByRole('button', { name: 'Save to sheet' }).isEnabled()).toBe(true);

    const [options] = await Promise.all([clipper.context.waitForEvent('page'), connect.click()]);
    await options.getByLabel('Endpoint URL').waitFor();
    expect(options.url()).toBe(`chrome-extension://${clipper.extensionId}/options.html`);
  });

  it('should keep Save off, saying why, until the required field is filled', async () => {
    workbook = await pairWithNewWorkbook(clipper);
    const popup = await clipPage('own/riverside-foundation.html');
    const name = popup.getByLabel('Name', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('Riverside Community Foundation');
    const save = popup.getByRole('button', { name: 'Save to sheet' });

    await name.fill('');
    await expect.poll(() => save.isDisabled()).toBe(true);
    // The reason is on screen and is what a screen reader hears with the button.
    await popup.getByText('Add the organisation’s name to save.').waitFor();
    await expect.poll(() => save.getAttribute('aria-describedby')).toBe('save-problem');

    await popup.getByRole('radio', { name: 'Funding opportunity' }).check();
    await popup.getByLabel('Title').fill('Youth Water Fund');
    await popup.getByLabel('Amount min').fill('about ten');
    await popup.getByText('Amounts must be numbers, like 25000.').waitFor();
    await popup.getByLabel('Amount min').fill('10000');
    await expect.poll(() => save.isEnabled()).toBe(true);
    expect(await popup.locator('#save-problem').count()).toBe(0);
  });

  it('should mark what the page did not give and text that looks like a formula, and still save', async () => {
    workbook = await pairWithNewWorkbook(clipper);
    const popup = await clipPage('own/eastside-microgrants.html');
    const title = popup.getByLabel('Title');
    await expect.poll(() => title.inputValue()).toBe('Neighbourhood Microgrants');

    // Each field worth having that the page left out says so, and a screen reader hears it with the field.
    const describedBy = async (label: string) => {
      const ids = (await popup.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '';
      const texts = await Promise.all(ids.split(' ').map((id) => popup.locator(`#${id}`).textContent()));
      return texts.join(' | ');
    };
    await expect.poll(() => describedBy('Deadline')).toBe('not found on this page');
    expect(await describedBy('Eligibility')).toBe('not found on this page');
    for (const label of ['Amount min', 'Amount max', 'Currency'])
      expect(await describedBy(label)).toContain('Amount and currency not found on this page');
    expect(await describedBy('Title')).not.toContain('not found');

    await title.fill('=HYPERLINK("https://evil.example/","Neighbourhood Microgrants")');
    await expect
      .poll(() => describedBy('Title'))
      .toBe('edited | Looks like a formula — it will be saved as plain text.');
    const save = popup.getByRole('button', { name: 'Save to sheet' });
    expect(await save.isEnabled()).toBe(true);

    // Filled in, a field is no longer marked; nothing ever kept Save off.
    await popup.getByLabel('Deadline').fill('2027-04-30');
    await expect.poll(() => describedBy('Deadline')).toBe('edited');
    await save.click();
    await expectClipState(popup, '=HYPERLINK', 'Added');
    await expect
      .poll(async () => (await readTab(workbook?.dataDir ?? '', 'Funding')).map((r) => r.Opportunity))
      .toContain('=HYPERLINK("https://evil.example/","Neighbourhood Microgrants")');
  });

  it('should say what to do on a page the browser keeps closed, with no form to fill', async () => {
    workbook = await pairWithNewWorkbook(clipper);
    const ids = () => clipper.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const before = await ids();
    await (await clipper.context.newPage()).goto('chrome://version');
    const tabId = (await ids()).find((id) => !before.includes(id));
    const popup = await clipper.context.newPage();
    await popup.goto(`chrome-extension://${clipper.extensionId}/popup.html?tabId=${tabId}`);

    await popup.getByRole('heading', { name: 'This page can’t be clipped' }).waitFor();
    await popup.getByText(/own web page and click the Clipper again/).waitFor();
    expect(await popup.getByRole('button', { name: 'Save to sheet' }).count()).toBe(0);
  });
});
