/**
 * The local workbook page in Chromium, used as a person would: a stakeholder's Influence and
 * Interest changed with the keyboard, the map tool run from the button beside the tab, the new
 * quadrant seen, the value found in the xlsx, the edit undone; and axe-core finds nothing on the
 * page, its tool dialogs and its charts.
 */
import { rmSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM } from '../../local/chromium.ts';
import type { RunningServer } from '../../local/server.ts';
import { fetchState, start, tempDir } from '../local/local-harness.ts';
import { axeViolations } from './page-axe.ts';
import { readTab } from './workbook-rows.ts';

// Chromium, the workbook and axe share two cores with the rest of the suite: give them time.
vi.setConfig({ testTimeout: 60_000, expect: { poll: { timeout: 10_000 } } });

interface Tab {
  name: string;
  rows: string[][];
}

describe('the local workbook page', () => {
  const dir = tempDir();
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await start(dir, { seed: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.pageUrl);
    await page.getByRole('tab', { name: /^Stakeholders/ }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cell = (r: number, c: number) => page.locator(`td[data-r="${r}"][data-c="${c}"]`);

  it('should change a rating with the keyboard, recompute the quadrant, save it to the xlsx and undo it', async () => {
    const state = (await (await fetchState(server)).json()) as { tabs: Tab[] };
    const [header = [], ...rows] = state.tabs.find((t) => t.name === 'Stakeholders')?.rows ?? [];
    const col = (name: string) => header.indexOf(name);
    const r = rows.findIndex(
      (row) =>
        !['', '5'].includes(row[col('Influence')] ?? '') && !['', '5'].includes(row[col('Interest')] ?? ''),
    );
    const target = rows[r];
    if (!target) throw new Error('the demo has no stakeholder rated below 5');
    const id = target[col('ID')];

    await page.getByRole('tab', { name: /^Stakeholders/ }).click();
    await cell(r, col('Name')).click();
    for (let i = col('Name'); i < col('Influence'); i += 1) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-c')))
      .toBe(String(col('Influence')));
    await page.keyboard.press('5');
    await expect(page.getByRole('combobox', { name: /^Influence, row/ }).inputValue()).resolves.toBe('5');
    await page.keyboard.press('Enter');
    await page.getByText(`Saved Influence in row ${r + 2}: 5.`).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('5');
    await page.getByRole('combobox', { name: /^Interest, row/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText(`Saved Interest in row ${r + 2}: 5.`).waitFor();

    // Escape leaves a cell as it was; a computed column says why it cannot be edited.
    await cell(r, col('Notes')).click();
    await page.keyboard.type('not kept');
    await page.keyboard.press('Escape');
    await expect.poll(() => cell(r, col('Notes')).textContent()).toBe(target[col('Notes')]);
    await cell(r, col('Quadrant')).click();
    await page.keyboard.press('Enter');
    await page.getByText('Quadrant is filled in by Partnerkit, not typed.').waitFor();

    await page
      .getByRole('toolbar', { name: 'Stakeholders actions' })
      .getByRole('button', { name: 'Build stakeholder map' })
      .click();
    await page.getByText('Build stakeholder map finished.').waitFor();
    await expect.poll(() => cell(r, col('Quadrant')).textContent()).toBe('Manage closely');
    await expect
      .poll(async () => (await readTab(dir, 'Stakeholders')).find((row) => row.ID === id))
      .toMatchObject({ Influence: '5', Interest: '5' });

    await page.getByRole('button', { name: 'Undo last edit' }).click();
    await page
      .getByText(`Undone: Interest in row ${r + 2} is ${target[col('Interest')] || 'blank'} again.`)
      .waitFor();
    await expect.poll(() => cell(r, col('Interest')).textContent()).toBe(target[col('Interest')]);
    await expect
      .poll(async () => (await readTab(dir, 'Stakeholders')).find((row) => row.ID === id)?.Interest ?? '')
      .toBe(target[col('Interest')]);
  });

  it('should say plainly when a value is refused, and change nothing', async () => {
    await page.getByRole('tab', { name: /^Funding/ }).click();
    const state = (await (await fetchState(server)).json()) as { tabs: Tab[] };
    const [header = [], ...rows] = state.tabs.find((t) => t.name === 'Funding')?.rows ?? [];
    const c = header.indexOf('Probability');
    await cell(0, c).click();
    await page.keyboard.type('140%');
    await page.keyboard.press('Enter');
    await page.getByText(/^Not saved: Probability/).waitFor();
    await expect.poll(() => cell(0, c).textContent()).toBe(rows[0]?.[c]);
  });

  it('should add a row and fill it from the keyboard', async () => {
    await page.getByRole('tab', { name: /^Action Plan/ }).click();
    const before = (await readTab(dir, 'Action Plan')).length;
    await page.getByRole('button', { name: 'Add row' }).click();
    await page.keyboard.type('Sign the partnership agreement');
    await page.keyboard.press('Enter');
    await page.getByText(/^Saved Milestone in row/).waitFor();
    await expect
      .poll(async () => (await readTab(dir, 'Action Plan')).map((row) => row.Milestone))
      .toContain('Sign the partnership agreement');
    expect((await readTab(dir, 'Action Plan')).length).toBe(before + 1);
    // The date picker: Enter opens it on Due Date, Enter saves the day picked.
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const picker = page.getByLabel(/^Due Date, row/);
    expect(await picker.getAttribute('type')).toBe('date');
    await picker.fill('2027-03-01');
    await picker.press('Enter');
    await page.getByText(/^Saved Due Date in row \d+: 2027-03-01\./).waitFor();
    await expect
      .poll(async () =>
        (await readTab(dir, 'Action Plan')).find((row) => row.Milestone === 'Sign the partnership agreement'),
      )
      .toMatchObject({ 'Due Date': expect.stringMatching(/^2027-03-01/) });
  });

  it('should show progress in percent and give each chart a text alternative and a table', async () => {
    const figures = page.locator('figure');
    await expect.poll(() => figures.count()).toBeGreaterThan(1);
    for (const svg of await page.locator('figure svg').all()) {
      expect(await svg.getAttribute('role')).toBe('img');
      expect(await svg.getAttribute('aria-labelledby')).toBeTruthy();
    }
    expect(await page.locator('figure details table').count()).toBe(await figures.count());
    const progress = page.locator('figure', { hasText: 'Mean progress' });
    await expect.poll(() => progress.locator('svg').textContent()).toMatch(/\d%/);
    const map = page.locator('figure', { hasText: 'Power / interest' });
    expect(await map.locator('figcaption').textContent()).toContain('bubble size by Score');
    // Every rated stakeholder is named on the chart (on it, or in its key).
    const stakeholders = await readTab(dir, 'Stakeholders');
    const rated = stakeholders.filter((s) => s.Influence && s.Interest);
    const drawn = (await map.locator('svg').textContent()) ?? '';
    for (const s of rated.slice(0, 5)) expect(drawn).toContain(s.Name?.slice(0, 12));
  });

  it('should have no axe violations on the page, after a tool run and with a prompt open', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: /^Stakeholders/ }).click();
    await cell(0, 1).click();
    await page.keyboard.press('Enter');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page
      .locator('#tools')
      .getByRole('button', { name: /^Connect Clipper/ })
      .click();
    await page.locator('iframe.dialog').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .locator('#tools')
      .getByRole('button', { name: /Share with partners/ })
      .click();
    await page.locator('.alert').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
