/**
 * The partner survey on the local workbook: the link createSurveyLinks shows is served on
 * 127.0.0.1, a partner fills the form in Chromium (on a phone-sized screen), and the answer is a
 * Feedback row of the workbook file.
 */
import { createRequire } from 'node:module';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../local/chromium.ts';
import { type RunningServer, startServer } from '../../local/server.ts';
import { newDataDir } from './paired-clipper.ts';
import { readTab } from './workbook-rows.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('the survey link on the local workbook', () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = newDataDir();
    server = await startServer({ dataDir, port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should take a partner’s answers from the form into the Feedback tab', async () => {
    // The demo has partners with Share Access; making links again asks first.
    const run = await server.workbook.runTool('createSurveyLinks', [{ button: 'YES' }]);
    expect(run.ok).toBe(true);
    const html = run.dialogs.at(-1)?.html ?? '';
    const link = /value="(http:\/\/127\.0\.0\.1:\d+\/exec\?survey=[A-Za-z0-9_-]{24,})"/.exec(html)?.[1];
    const partner = /<label for="survey-link-0">([^<]+)</.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(link).toBeDefined();
    const before = (await readTab(dataDir, 'Feedback')).length;

    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(link ?? '');
    await expect.poll(() => page.title()).toBe('Partnership health check');
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run()).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    // Nothing wider than a phone's screen: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByLabel('Your name (optional)').fill('=Amara (programme lead)');
    for (const factor of ['Shared Vision', 'Clear Roles', 'Trust', 'Communication', 'Results'])
      await page.getByRole('group', { name: factor, exact: true }).getByLabel('4').check();
    await page.getByRole('group', { name: 'Adaptability' }).getByLabel('2').check();
    await page.getByRole('group', { name: 'Should this partnership continue?' }).getByLabel('yes').check();
    await page.getByLabel('Comments').fill('More notice before field days, please.');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Send answers' }).click()]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you');

    const rows = await readTab(dataDir, 'Feedback');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      Partner: partner,
      Respondent: '=Amara (programme lead)',
      'Shared Vision': '4',
      Adaptability: '2',
      'Fair Decisions': '',
      Continue: 'yes',
      Comments: 'More notice before field days, please.',
    });
    await page.close();
  });

  it('should refuse a wrong key without writing', async () => {
    const before = (await readTab(dataDir, 'Feedback')).length;
    const page = await browser.newPage();
    await page.goto(`${server.endpoint}?survey=${'x'.repeat(43)}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Survey link not valid');
    expect(await readTab(dataDir, 'Feedback')).toHaveLength(before);
    await page.close();
  });
});
