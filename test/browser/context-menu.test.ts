/**
 * "Clip selection to Partnerkit" from the page's context menu, in real Chromium against the local
 * workbook: the selection becomes the clip's notes and what it holds is offered for the fields.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Clipper, launchClipper, readSessionStorage } from './launch-clipper.ts';
import { clickClipSelection, type RealPopup } from './menu-popup.ts';
import { keepLocal, type PairedWorkbook, pairWithNewWorkbook } from './paired-clipper.ts';
import { openPage } from './popup-steps.ts';
import { type PageServer, servePages } from './serve-pages.ts';
import { readTab } from './workbook-rows.ts';

// Chromium and the workbook share the machine with the rest of the suite: give pages time to answer.
vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

const QUOTE =
  'Contact our programme officer, maria.lopez@riverside-foundation.example.org, about the Youth Water Fund: grants of up to $25,000, apply by 15 June 2026.';

const notes = (popup: RealPopup) =>
  popup.evaluate(() => document.querySelector<HTMLTextAreaElement>('#clip-notes')?.value);
const offers = (popup: RealPopup) =>
  popup.evaluate(() => [...document.querySelectorAll('.offers button')].map((b) => b.textContent));
const textOf = (popup: RealPopup) => popup.evaluate(() => document.body.innerText);
const click = (popup: RealPopup, name: string) =>
  popup.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`No button "${label}"`);
    button.click();
  }, name);

describe('Clip selection from the context menu', () => {
  let pages: PageServer;
  let clipper: Clipper;
  let workbook: PairedWorkbook;

  beforeAll(async () => {
    pages = await servePages();
    clipper = await launchClipper();
    await keepLocal(clipper.context);
    workbook = await pairWithNewWorkbook(clipper);
  });
  afterAll(async () => {
    await clipper?.context.close();
    await workbook?.endpoint.close();
    await pages?.close();
  });

  it('should make the selection the notes, offer its email, amount and deadline, and send it', async () => {
    const page = await openPage(clipper, pages.url('own/riverside-foundation.html'));
    await page.locator('#quote').click({ clickCount: 3 });

    const popup = await clickClipSelection(clipper, page);
    try {
      await expect.poll(() => notes(popup), { timeout: 10_000 }).toBe(QUOTE);
      // The popup took the selection the menu left for it, once.
      expect(await readSessionStorage(clipper, 'pendingSelection')).toBeUndefined();
      expect(await offers(popup)).toEqual([
        'Add email maria.lopez@riverside-foundation.example.org',
        'Use amount USD 25000',
        'Use deadline 2026-06-15',
      ]);

      await click(popup, 'Add email maria.lopez@riverside-foundation.example.org');
      await expect
        .poll(() => popup.evaluate(() => document.querySelector('[aria-label="Emails"]')?.textContent))
        .toContain('maria.lopez@riverside-foundation.example.org');
      await expect.poll(() => textOf(popup)).toContain('Not in your sheet yet.');
      await click(popup, 'Save to sheet');
      await expect
        .poll(() => popup.evaluate(() => document.querySelector('.recent .clip-state')?.textContent), {
          timeout: 20_000,
        })
        .toMatch(/^Added/);
    } finally {
      await popup.close();
    }

    const row = (await readTab(workbook.dataDir, 'Stakeholders')).find(
      (r) => r.Name === 'Riverside Community Foundation',
    );
    expect(row?.Notes).toBe(QUOTE);
    expect(row?.Emails).toContain('maria.lopez@riverside-foundation.example.org');
  });
});
