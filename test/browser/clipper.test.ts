/**
 * The Clipper in real Chromium (headless) against the local workbook endpoint: the add-on bundle
 * run in Node, writing partnerkit.xlsx. Build first: `npm run build:extension`.
 */
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addWaitingClip,
  type Clipper,
  launchClipper,
  openClipperFor,
  pairClipper,
  readBadge,
  readStorage,
} from './launch-clipper.ts';
import {
  closeTabs,
  keepLocal,
  newDataDir,
  type PairedWorkbook,
  pairWithNewWorkbook,
} from './paired-clipper.ts';
import { expectClipState, openPage } from './popup-steps.ts';
import { type PageServer, servePages } from './serve-pages.ts';
import { addToSheet, type Endpoint, startEndpoint, TOKEN } from './start-endpoint.ts';
import { readTab } from './workbook-rows.ts';

// Chromium and the workbook share the machine with the rest of the suite: give pages time to answer.
vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

// The extension's `chrome`, as used inside popup.evaluate (that code runs in the popup).
declare const chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };

// The README's picture is refreshed only on request, so a test run leaves the checkout clean.
const SCREENSHOT = resolve(
  import.meta.dirname,
  process.env.PARTNERKIT_UPDATE_SCREENSHOT === '1'
    ? '../../docs/clipper-popup.png'
    : '../../test-results/clipper-popup.png',
);

let pages: PageServer;
beforeAll(async () => {
  pages = await servePages();
});
afterAll(() => pages.close());

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Opens a test page in a new tab and the Clipper for it, as the toolbar button would. */
const clipPage = async (clipper: Clipper, path: string) =>
  openClipperFor(clipper, await openPage(clipper, pages.url(path)));

const DIRECTORY_ENTRIES = [
  'Greenfield Food Bank',
  'Youth Sports Alliance',
  'Greenfield Community College',
  'Riverbank Clean-up Collective',
];

const RIVERSIDE = {
  id: '00000000-0000-4000-8000-0000000a1de5',
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

const namesIn = async (dataDir: string) => (await readTab(dataDir, 'Stakeholders')).map((row) => row.Name);

// One browser for the file; each test gets a new workbook and a Clipper with empty storage.
describe('Clipper in Chromium with the local workbook', () => {
  let clipper: Clipper;
  let workbook: PairedWorkbook;
  let dataDir: string;

  beforeAll(async () => {
    clipper = await launchClipper();
    await keepLocal(clipper.context);
  });
  beforeEach(async () => {
    workbook = await pairWithNewWorkbook(clipper);
    dataDir = workbook.dataDir;
  });
  afterEach(async () => {
    await closeTabs(clipper);
    await workbook?.endpoint.close();
  });
  afterAll(async () => {
    await clipper?.context.close();
  });

  it('should prefill the form from the page and send the edited clip to the sheet', async () => {
    const popup = await clipPage(clipper, 'own/riverside-foundation.html');
    const name = popup.getByLabel('Name', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('Riverside Community Foundation');
    expect(await popup.getByLabel('Website').inputValue()).toBe('https://riverside-foundation.example.org/');
    expect(await popup.locator('#org-name-source').textContent()).toBe('from page data');
    await popup
      .getByRole('list', { name: 'Emails' })
      .getByText('partners@riverside-foundation.example.org')
      .waitFor();
    await popup.getByText('Not in your sheet yet.').waitFor();

    await popup.getByLabel('Country').fill('United States of America');
    expect(await popup.locator('#org-country-source').textContent()).toBe('edited');
    // The name typed is saved as its ISO 3166-1 alpha-2 code, and the popup says so before saving.
    expect(await popup.locator('#org-country-note').textContent()).toBe('Saved as US (United States)');
    await popup.getByRole('button', { name: 'Save to sheet' }).click();
    await expectClipState(popup, 'Riverside Community Foundation', 'Added');

    const rows = await readTab(dataDir, 'Stakeholders');
    const row = rows.find((r) => r.Name === 'Riverside Community Foundation');
    expect(row?.Country).toBe('US');
    expect(row?.Website).toBe('https://riverside-foundation.example.org/');
    expect(await readStorage(clipper, 'clips')).toHaveLength(1);
  });

  it('should say "already in your sheet" for an organisation the sheet has, and offer to update it', async () => {
    await addToSheet(workbook.endpoint, [RIVERSIDE]);
    const popup = await clipPage(clipper, 'own/riverside-foundation.html');
    await popup
      .getByText(/^Already in your sheet — Stakeholders row \d+, “Riverside Community Foundation”/)
      .waitFor();
    await popup.getByRole('button', { name: 'Update the row in your sheet' }).click();
    // The page has more than the sheet's row (emails): saving filled them in.
    await expectClipState(popup, 'Riverside Community Foundation', 'Updated');
    expect((await namesIn(dataDir)).filter((n) => n === 'Riverside Community Foundation')).toHaveLength(1);
  });

  it('should clip three of the four entries of a directory page at once', async () => {
    const popup = await clipPage(clipper, 'own/city-partners-directory.html');
    const entries = popup.locator('.directory .item-name');
    await expect.poll(() => entries.allTextContents()).toEqual(DIRECTORY_ENTRIES);
    const before = await namesIn(dataDir);
    for (const entry of DIRECTORY_ENTRIES.slice(0, 3)) {
      await popup.getByRole('checkbox', { name: entry }).check();
    }
    await popup.getByRole('button', { name: 'Clip 3 selected entries' }).click();
    for (const entry of DIRECTORY_ENTRIES.slice(0, 3)) await expectClipState(popup, entry, 'Added');

    const after = await namesIn(dataDir);
    expect(after).toHaveLength(before.length + 3);
    expect(after.filter((name) => !before.includes(name))).toEqual(DIRECTORY_ENTRIES.slice(0, 3));
    expect(after).not.toContain('Riverbank Clean-up Collective');
  });

  it('should send an opportunity with the Stage chosen, saved with Enter, to the Funding tab', async () => {
    const popup = await clipPage(clipper, 'own/youth-water-fund.html');
    const title = popup.getByLabel('Title');
    await expect.poll(() => title.inputValue()).toBe('Youth Water Fund 2027');
    expect(await popup.getByLabel('Funder').inputValue()).toBe('Riverside Community Foundation');
    expect(await popup.getByLabel('Amount max').inputValue()).toBe('25000');
    expect(await popup.getByLabel('Deadline').inputValue()).toBe('2027-06-15');
    await popup.getByText(/not in your sheet yet|already in your sheet/i).waitFor();

    await popup.getByLabel('Stage').selectOption('drafting');
    await title.press('Enter');
    await expectClipState(popup, 'Youth Water Fund 2027', 'Added');

    const funding = (await readTab(dataDir, 'Funding')).find(
      (r) => r.Opportunity === 'Youth Water Fund 2027',
    );
    expect(funding).toMatchObject({
      Stage: 'drafting',
      Funder: 'Riverside Community Foundation',
      'Amount Max': '25000',
      Deadline: '2027-06-15',
    });
    // The clip adds the funder as a stakeholder too, once.
    expect((await namesIn(dataDir)).filter((n) => n === 'Riverside Community Foundation')).toHaveLength(1);
  });

  it('should let the keyboard reach every control, each named and with a visible focus ring', async () => {
    const popup = await clipPage(clipper, 'own/youth-water-fund.html');
    await expect.poll(() => popup.getByLabel('Title').inputValue()).not.toBe('');
    // Opened from the keyboard, the first field has focus: Enter would save at once.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('opp-title');

    // Every enabled, shown control, each marked so the one with focus can be told apart; of a
    // radio group only the chosen radio is a tab stop (arrow keys move within the group).
    const controls = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null)
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
        .map((el, index) => {
          el.dataset.control = String(index);
          return `${index} ${el.outerHTML.slice(0, 60)}`;
        }),
    );
    const reached: { control: string; name: string; ring: boolean }[] = [];
    for (let press = 0; press < controls.length * 2 && reached.length < controls.length; press++) {
      const index = await popup.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.control,
      );
      if (index !== undefined && !reached.some((r) => r.control.startsWith(`${index} `))) {
        const focused = popup.locator(`[data-control="${index}"]`);
        const name = /"(.+?)"/.exec(await focused.ariaSnapshot())?.[1] ?? '';
        const ring = await focused.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none');
        reached.push({ control: controls[Number(index)] ?? index, name, ring });
      }
      await popup.keyboard.press('Tab');
    }
    expect(reached.map((r) => r.control).sort()).toEqual([...controls].sort());
    expect(reached.filter((r) => r.name.trim() === '')).toEqual([]);
    expect(reached.filter((r) => !r.ring)).toEqual([]);
    const order = ['Title', 'Funder', 'Stage', 'Deadline', 'Notes'].map((name) =>
      reached.findIndex((r) => r.name === name),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('should show the popup on a real page (README screenshot)', async () => {
    const popup = await clipPage(clipper, 'fixtures/ardc-apply-for-a-grant.html');
    await popup.locator('#org-name-source, #opp-title-source').first().waitFor();
    await popup.getByText(/not in your sheet yet|already in your sheet/i).waitFor();
    // As Chrome shows it: the popup's own width, at most 600 px tall, Save kept in sight.
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.screenshot({ path: SCREENSHOT });
  });
  it('should show a clip the sheet refused as failed, with the reason, and count it on the badge', async () => {
    // A clip the sheet cannot take (an opportunity without its fields, as an older Clipper could
    // have left in storage): the sheet answers "rejected" with the reason.
    const refused = {
      id: '00000000-0000-4000-8000-00000000f417',
      kind: 'opportunity',
      capturedAt: '2026-11-01T10:00:00.000Z',
      sourceUrl: 'http://127.0.0.1/old-clipper',
      tags: [],
    };
    await addWaitingClip(clipper, refused);
    const popup = await clipPage(clipper, 'own/youth-water-fund.html');
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'syncNow', payload: {} }));

    await expectClipState(popup, refused.sourceUrl, 'failed');
    const item = popup.locator('.recent li', { hasText: refused.sourceUrl });
    expect(await item.locator('.clip-state').textContent()).toBe('Failed');
    // The sheet's reason, as a sentence without the field path in front.
    expect(await item.locator('.clip-reason').textContent()).toMatch(/^Opportunity .*required/);
    await popup.getByRole('button', { name: `Retry ${refused.sourceUrl}` }).waitFor();
    await expect.poll(() => readBadge(clipper)).toBe('1');
  });
});

describe('Clipper when the sheet is unreachable', () => {
  it('should keep a clip waiting while the endpoint is down and send it once when it is up', async () => {
    const dataDir = newDataDir();
    const port = await freePort();
    const clipper = await launchClipper();
    let endpoint: Endpoint | undefined;
    try {
      await pairClipper(clipper, `http://127.0.0.1:${port}/exec`, TOKEN);
      const popup = await clipPage(clipper, 'own/riverside-foundation.html');
      await expect.poll(() => popup.getByLabel('Name', { exact: true }).inputValue()).not.toBe('');
      await popup.getByRole('button', { name: 'Save to sheet' }).click();
      await expectClipState(popup, 'Riverside Community Foundation', 'waiting');
      await popup.getByText(/could not be reached/).waitFor();
      await expect.poll(() => readBadge(clipper)).toBe('1');

      endpoint = await startEndpoint(dataDir, port, TOKEN);
      await popup.getByRole('button', { name: 'Try now' }).click();
      await expectClipState(popup, 'Riverside Community Foundation', 'Added');
      await expect.poll(() => readBadge(clipper)).toBe('');
      // The workbook file is saved after the answer; a second send would have added a second row.
      await expect
        .poll(() => namesIn(dataDir), { timeout: 10_000 })
        .toContain('Riverside Community Foundation');
      expect((await namesIn(dataDir)).filter((n) => n === 'Riverside Community Foundation')).toHaveLength(1);
    } finally {
      await clipper.context.close();
      await endpoint?.close();
    }
  });

  it('should send a clip left waiting when the browser was closed, after it restarts', async () => {
    const dataDir = newDataDir();
    const port = await freePort();
    const token = TOKEN;
    const first = await launchClipper();
    await pairClipper(first, `http://127.0.0.1:${port}/exec`, token);
    const popup = await clipPage(first, 'own/riverside-foundation.html');
    await expect.poll(() => popup.getByLabel('Name', { exact: true }).inputValue()).not.toBe('');
    await popup.getByLabel('Name', { exact: true }).fill('Riverside Foundation (restart test)');
    await popup.getByRole('button', { name: 'Save to sheet' }).click();
    await expectClipState(popup, 'Riverside Foundation (restart test)', 'waiting');
    await first.context.close();

    const endpoint = await startEndpoint(dataDir, port, token);
    const again = await launchClipper(first.profileDir);
    try {
      await expect
        .poll(() => namesIn(dataDir), { timeout: 30_000, interval: 500 })
        .toContain('Riverside Foundation (restart test)');
      await expect
        .poll(async () => ((await readStorage(again, 'clips')) as { state: string }[])[0]?.state, {
          timeout: 10_000,
        })
        .toBe('sent');
    } finally {
      await again.context.close();
      await endpoint.close();
    }
  });
});
