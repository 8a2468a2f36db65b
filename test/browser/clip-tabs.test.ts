/**
 * "Clip tabs…" in real Chromium against the local workbook: three open pages ticked, one of them
 * closed before it is read; the two others land in the workbook. Chromium's permission prompt
 * cannot be answered by automation, so (as in options-connect.test.ts) the page's
 * `permissions.request` and `permissions.remove` are replaced by the person's Allow and recorded,
 * and the access the prompt would grant is given by pressing the toolbar button on each tab
 * (activeTab: the tab's address and `scripting` on it). What is checked: the asks (tabs, then those
 * origins only), the giving back, the list, the progress, the per-tab error, the queue, the rows.
 * What is not: Chromium's own prompt, and that a real grant is revoked by permissions.remove.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Clipper, launchClipper, openClipperFor } from './launch-clipper.ts';
import { closeTabs, keepLocal, type PairedWorkbook, pairWithNewWorkbook } from './paired-clipper.ts';
import { expectClipState } from './popup-steps.ts';
import { servePageAt } from './serve-pages.ts';
import { readTab } from './workbook-rows.ts';

vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

declare global {
  interface Window {
    permissionCalls?: {
      call: 'request' | 'remove';
      access: { permissions?: string[]; origins?: string[] };
    }[];
  }
}

const RIVERSIDE = 'https://www.riverside-foundation.example/about-us';
const EASTSIDE = 'https://eastside-neighbours.example/microgrants';
const SPARK = 'https://www.cedarprairiecf.example/grants/community-spark/';

/** Answers every permission prompt of the Clipper's pages with Allow, and records the calls. */
async function answerPromptsWithAllow(clipper: Clipper): Promise<void> {
  await clipper.context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const calls: NonNullable<Window['permissionCalls']> = [];
    window.permissionCalls = calls;
    const scope = globalThis as unknown as Record<
      string,
      { permissions?: Record<string, unknown> } | undefined
    >;
    for (const name of ['chrome', 'browser']) {
      const permissions = scope[name]?.permissions;
      if (!permissions) continue;
      permissions.request = async (access: never) => {
        calls.push({ call: 'request', access });
        return true;
      };
      permissions.remove = async (access: never) => {
        calls.push({ call: 'remove', access });
        return true;
      };
    }
  });
}

/** The toolbar button pressed on a tab: activeTab gives the Clipper that tab, as Allow would. */
async function pressToolbarButton(clipper: Clipper, page: Page): Promise<void> {
  const cdp = await clipper.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser CDP session');
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
  const target = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!target) throw new Error(`No target for ${page.url()}`);
  await cdp.send(
    'Extensions.triggerAction' as never,
    { id: clipper.extensionId, targetId: target.targetId } as never,
  );
}

describe('Clip tabs…', () => {
  let clipper: Clipper;
  let workbook: PairedWorkbook;

  beforeAll(async () => {
    clipper = await launchClipper();
    await keepLocal(clipper.context);
    await servePageAt(clipper.context, RIVERSIDE, 'riverside-foundation.html');
    await servePageAt(clipper.context, EASTSIDE, 'eastside-microgrants.html');
    await servePageAt(clipper.context, SPARK, 'cedar-prairie-community-spark.html');
    await answerPromptsWithAllow(clipper);
    workbook = await pairWithNewWorkbook(clipper);
  });
  afterEach(() => closeTabs(clipper));
  afterAll(async () => {
    await clipper?.context.close();
    await workbook?.endpoint.close();
  });

  it('should read three ticked tabs, give the closed one its own error, save the two others and give the access back', async () => {
    const tabs: Page[] = [];
    for (const address of [RIVERSIDE, EASTSIDE, SPARK]) {
      const page = await clipper.context.newPage();
      await page.goto(address);
      await pressToolbarButton(clipper, page);
      tabs.push(page);
    }
    const popup = await openClipperFor(clipper, tabs[0] as Page);
    // The single clip's form shows the page's country as its code with the country's name beside it.
    await expect.poll(() => popup.getByLabel('Country').inputValue()).toBe('US');
    expect(await popup.locator('#org-country-note').textContent()).toBe('United States');
    const opening = clipper.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Clip tabs…' }).click();
    const page = await opening;
    await page.waitForLoadState();
    expect(page.url()).toMatch(
      new RegExp(`^chrome-extension://${clipper.extensionId}/clip-tabs\\.html\\?windowId=\\d+$`),
    );

    await page.getByRole('button', { name: "Show this window's tabs" }).click();
    const list = page.locator('.tab-picker li');
    await expect
      .poll(() => list.allInnerTexts())
      .toEqual([
        expect.stringContaining('About us | Riverside Community Foundation'),
        expect.stringContaining('Neighbourhood Microgrants | Eastside Neighbours Fund'),
        expect.stringContaining('Community Spark Grants - Cedar Prairie Community Foundation'),
      ]);
    for (const label of await list.locator('input').all()) await label.check();
    // The person closes one of the ticked tabs before it is read.
    await tabs[2]?.close();
    await page.getByRole('button', { name: 'Read 3 tabs' }).click();

    const lines = page.locator('.tab-readings li');
    await expect.poll(() => lines.count()).toBe(3);
    await expect
      .poll(() => lines.nth(0).innerText())
      .toMatch(/Organisation\s+Riverside Community Foundation.*US/is);
    await expect
      .poll(() => lines.nth(1).innerText())
      .toMatch(/Opportunity\s+Neighbourhood Microgrants.*Missing: amount, currency, deadline, eligibility/is);
    await expect
      .poll(() => lines.nth(2).innerText())
      .toMatch(/Community Spark Grants.*closed before it could be read/s);

    // Asked: `tabs`, then the three ticked pages' origins and nothing else; both given back after reading.
    const calls = await page.evaluate(() => window.permissionCalls);
    const origins = [
      'https://www.riverside-foundation.example/*',
      'https://eastside-neighbours.example/*',
      'https://www.cedarprairiecf.example/*',
    ];
    expect(calls).toEqual([
      { call: 'request', access: { permissions: ['tabs'], origins: [] } },
      { call: 'request', access: { permissions: [], origins } },
      { call: 'remove', access: { permissions: ['tabs'], origins } },
    ]);

    await page.getByRole('button', { name: 'Save 2 clips' }).click();
    await expect.poll(() => page.locator('.tab-readings .saved').count()).toBe(2);
    // The new workbook holds demo rows: each page's row is there once, the closed tab's is not.
    const names = async (tab: string, header: string) =>
      (await readTab(workbook.dataDir, tab)).map((r) => r[header]);
    await expect.poll(() => names('Funding', 'Opportunity')).toContain('Neighbourhood Microgrants');
    const stakeholders = await readTab(workbook.dataDir, 'Stakeholders');
    expect(stakeholders.filter((r) => r.Name === 'Riverside Community Foundation')).toEqual([
      expect.objectContaining({ Country: 'US', Status: 'prospect', 'Source URL': RIVERSIDE }),
    ]);
    const funding = await names('Funding', 'Opportunity');
    expect(funding.filter((n) => n === 'Neighbourhood Microgrants')).toHaveLength(1);
    expect(funding).not.toContain('Community Spark Grants');
    await popup.reload();
    await expectClipState(popup, 'Neighbourhood Microgrants', /sent|in your sheet|added/i);
  }, 60_000);
});
