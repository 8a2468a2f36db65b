/**
 * Issue 9 through the Clipper in real Chromium, against the local workbook: a directory whose
 * entries link to profile pages on its own host, its owner clipped after, and an opportunity
 * clipped again from a newsletter link. Each test checks what the popup promised before saving
 * and the rows that saving wrote.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Clipper, launchClipper, openClipperFor } from './launch-clipper.ts';
import { closeTabs, keepLocal, type PairedWorkbook, pairWithNewWorkbook } from './paired-clipper.ts';
import { expectClipState, openPage } from './popup-steps.ts';
import { type PageServer, servePageAt, servePages } from './serve-pages.ts';
import { addToSheet } from './start-endpoint.ts';
import { readTab } from './workbook-rows.ts';

// Chromium and the workbook share the machine with the rest of the suite: give pages time to answer.
vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

const SITE = 'https://www.cedarprairiecf.example';
const DIRECTORY = `${SITE}/nonprofit-directory/`;
const GRANT = `${SITE}/grants/community-spark/`;
const FOUNDATION = 'Cedar Prairie Community Foundation';
const TICKED = ['Riverbend Food Shelf', 'Prairie Youth Soccer League', 'Cedar Valley Literacy Council'];
const profileOf = (slug: string) => `${DIRECTORY}${slug}/`;

// The foundation as another Clipper put it in the sheet.
const RIVERSIDE = {
  id: '00000000-0000-4000-8000-00000000d0b1',
  kind: 'organization',
  capturedAt: '2026-10-01T09:00:00.000Z',
  sourceUrl: 'https://riverside-foundation.example.org/',
  organization: {
    name: 'Riverside Community Foundation',
    type: 'foundation',
    website: 'https://riverside-foundation.example.org/',
    emails: [],
    phones: [],
    focusAreas: [],
    sdgs: [],
  },
  tags: [],
};

describe('Clip integrity in Chromium with the local workbook', () => {
  let clipper: Clipper;
  let pages: PageServer;
  let workbook: PairedWorkbook;
  const stakeholders = () => readTab(workbook.dataDir, 'Stakeholders');
  const funding = () => readTab(workbook.dataDir, 'Funding');
  const clip = async (address: string) => openClipperFor(clipper, await openPage(clipper, address));

  beforeAll(async () => {
    pages = await servePages();
    clipper = await launchClipper();
    await keepLocal(clipper.context);
    await servePageAt(clipper.context, DIRECTORY, 'cedar-prairie-directory.html');
    await servePageAt(clipper.context, GRANT, 'cedar-prairie-community-spark.html');
  });
  beforeEach(async () => {
    workbook = await pairWithNewWorkbook(clipper);
  });
  afterEach(async () => {
    await closeTabs(clipper);
    await workbook?.endpoint.close();
  });
  afterAll(async () => {
    await clipper?.context.close();
    await pages?.close();
  });

  it('should give three ticked directory entries a row each, then the page’s owner its own row', async () => {
    // The new workbook holds the demo's stakeholders; what the Clipper adds comes after them.
    const before = await stakeholders();
    expect(before.length).toBeGreaterThan(0);
    const added = async () => (await stakeholders()).slice(before.length);
    const popup = await clip(DIRECTORY);
    const entries = popup.locator('.directory .item-name');
    await expect.poll(() => entries.count()).toBe(25);
    for (const name of TICKED) await popup.getByRole('checkbox', { name }).check();
    await popup.getByRole('button', { name: 'Clip 3 selected entries' }).click();
    for (const name of TICKED) await expectClipState(popup, name, 'Added');

    await expect.poll(async () => (await added()).length).toBe(3);
    const entryRows = await added();
    expect(entryRows.map((r) => [r.Name, r.Website, r['Source URL']])).toEqual([
      ['Riverbend Food Shelf', '', profileOf('riverbend-food-shelf')],
      ['Prairie Youth Soccer League', '', profileOf('prairie-youth-soccer-league')],
      ['Cedar Valley Literacy Council', '', profileOf('cedar-valley-literacy-council')],
    ]);

    // The page's owner, in the same popup: the sheet has no row of it, and saving adds one.
    const owner = popup.getByLabel('Name', { exact: true });
    await expect.poll(() => owner.inputValue()).toBe(FOUNDATION);
    expect(await popup.getByLabel('Website').inputValue()).toBe(`${SITE}/`);
    await popup.getByText('Not in your sheet yet.').waitFor();
    await popup.getByRole('button', { name: 'Save to sheet' }).click();
    await expectClipState(popup, FOUNDATION, 'Added');

    await expect.poll(async () => (await added()).length).toBe(4);
    const rows = await added();
    expect(rows.slice(0, 3)).toEqual(entryRows);
    expect(rows.slice(0, 3).map((r) => [r.Type, r.Emails, r.Phones])).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
    const ownerRow = rows[3];
    expect(ownerRow?.Name).toBe(FOUNDATION);
    expect(ownerRow?.Website).toBe(`${SITE}/`);
    expect(ownerRow?.Emails).toContain('info@cedarprairiecf.example');

    // Opened again: only the three clipped entries are in the sheet, not all 25 of the directory's host.
    const again = await clip(DIRECTORY);
    const inSheet = again.locator('.directory li', { has: again.locator('.in-sheet-tag') });
    await expect.poll(() => inSheet.locator('.item-name').allTextContents()).toEqual(TICKED);
    const ownerSheetRow = before.length + 4 + 1;
    await again
      .getByText(`Already in your sheet — Stakeholders row ${ownerSheetRow}, “${FOUNDATION}”`, {
        exact: false,
      })
      .waitFor();
    expect(await inSheet.count()).toBe(3);
  }, 60_000);

  it('should find an opportunity clipped again from a link with utm parameters, and keep one Funding row', async () => {
    const before = await funding();
    expect(before.length).toBeGreaterThan(0);
    const grantRows = async () => (await funding()).filter((r) => r.Opportunity === 'Community Spark Grants');
    const first = await clip(GRANT);
    await expect.poll(() => first.getByLabel('Title').inputValue()).toBe('Community Spark Grants');
    await first.getByText(/This opportunity is not in your sheet yet\./).waitFor();
    await first.getByRole('button', { name: 'Save to sheet' }).click();
    await expectClipState(first, 'Community Spark Grants', 'Added');
    await expect.poll(async () => (await grantRows()).length).toBe(1);
    // Its row in the sheet: after the header and the rows before it.
    const sheetRow = (await funding()).findIndex((r) => r.Opportunity === 'Community Spark Grants') + 2;
    const funderRow = (await stakeholders()).findIndex((r) => r.Name === FOUNDATION) + 2;
    await closeTabs(clipper);

    const again = await clip(`${GRANT}?utm_source=newsletter&utm_medium=email&utm_campaign=spring-grants`);
    await expect.poll(() => again.getByLabel('Link').inputValue()).toContain('utm_source=newsletter');
    const promise = again.locator('.notice.in-sheet');
    await promise.waitFor({ timeout: 10_000 });
    expect(await promise.textContent()).toBe(
      `This opportunity is already in your sheet — Funding row ${sheetRow} (same link). Saving fills in its empty cells; no second row.`,
    );
    await again.getByText(`Funder “${FOUNDATION}” is in Stakeholders row ${funderRow}.`).waitFor();
    await again.getByRole('button', { name: 'Update the row in your sheet' }).click();
    await expectClipState(
      again,
      'Community Spark Grants',
      new RegExp(`(Updated|Already there) · row ${sheetRow}$`),
    );

    // What was promised is what happened: one Funding row, and the funder once.
    await new Promise((done) => setTimeout(done, 1500));
    const rows = await funding();
    expect(rows).toHaveLength(before.length + 1);
    expect((await grantRows()).map((r) => r.URL)).toEqual([GRANT]);
    expect((await stakeholders()).filter((r) => r.Name === FOUNDATION)).toHaveLength(1);
  });

  it('should add a new row marked as a possible duplicate for another name on the same website', async () => {
    await addToSheet(workbook.endpoint, [RIVERSIDE]);
    const before = await stakeholders();
    const foundationRow = before.findIndex((r) => r.Name === RIVERSIDE.organization.name) + 2;
    const popup = await clip(pages.url('own/riverside-foundation.html'));
    const name = popup.getByLabel('Name', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('Riverside Community Foundation');
    // The same site, but the person clips the rowing club the foundation hosts, a body of its own.
    await name.fill('Riverbank Youth Rowing');
    const promise = popup.locator('.notice.in-sheet', { hasText: 'Same website as row' });
    await promise.waitFor({ timeout: 10_000 });
    expect(await promise.textContent()).toBe(
      `Same website as row ${foundationRow} (Riverside Community Foundation) but a different name: saving adds a new row marked as a possible duplicate.`,
    );
    await popup.getByRole('button', { name: 'Save as a new row' }).click();
    await expectClipState(popup, 'Riverbank Youth Rowing', 'Added');

    await expect.poll(async () => (await stakeholders()).length).toBe(before.length + 1);
    const rows = await stakeholders();
    expect(rows.slice(0, before.length)).toEqual(before);
    expect(rows.at(-1)?.Name).toBe('Riverbank Youth Rowing');
    expect(rows.at(-1)?.Notes).toContain(`Possible duplicate of row ${foundationRow} (same website)`);
  }, 60_000);
});
