/**
 * Takes the README's picture of the local workbook page (docs/local-workbook.png): a fresh demo
 * workbook, its tools run, the Stakeholders tab with a cell being edited, in headless Chromium.
 * Run: npx tsx scripts/screenshot-local-page.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../local/chromium.ts';
import { startServer } from '../local/server.ts';

const out = join(import.meta.dirname, '../docs/local-workbook.png');
const dataDir = mkdtempSync(join(tmpdir(), 'partnerkit-shot-'));
const server = await startServer({
  dataDir,
  port: 0,
  token: 'screenshot-token-0123456789abcdef',
  seed: true,
});
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
try {
  for (const tool of ['scorePartners', 'buildStakeholderMap', 'refreshDashboard'])
    await server.workbook.runTool(tool);
  const page = await browser.newPage({ viewport: { width: 1360, height: 1500 }, deviceScaleFactor: 1 });
  await page.goto(server.pageUrl);
  await page.getByRole('tab', { name: /^Stakeholders/ }).click();
  await page.locator('td[data-r="1"][data-c="1"]').click();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Build stakeholder map' }).first().click();
  await page.getByText('Build stakeholder map finished.').waitFor();
  await page.screenshot({ path: out, fullPage: false });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
