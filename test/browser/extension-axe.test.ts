/**
 * axe-core on the Clipper's own screens in Chromium: the popup not yet connected, the popup
 * filled from a funder's page, and the options page. Each must have no violations.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Clipper, clearStorage, launchClipper, openClipperFor } from './launch-clipper.ts';
import { axeViolations } from './page-axe.ts';
import { keepLocal } from './paired-clipper.ts';
import { openPage } from './popup-steps.ts';
import { type PageServer, servePages } from './serve-pages.ts';

// Chromium, the workbook and axe share two cores with the rest of the suite: give them time.
vi.setConfig({ testTimeout: 60_000, expect: { poll: { timeout: 10_000 } } });

describe('the Clipper screens with axe-core', () => {
  let pages: PageServer;
  let clipper: Clipper;

  beforeAll(async () => {
    pages = await servePages();
    clipper = await launchClipper();
    await keepLocal(clipper.context);
    await clearStorage(clipper);
  });
  afterAll(async () => {
    await clipper?.context.close();
    await pages?.close();
  });

  it('should find no violations on the popup filled from a page', async () => {
    const page = await openPage(clipper, pages.url('own/riverside-foundation.html'));
    const popup = await openClipperFor(clipper, page);
    await expect.poll(() => popup.getByLabel('Name', { exact: true }).inputValue()).not.toBe('');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('should find no violations on the options page', async () => {
    const options = await openPage(clipper, `chrome-extension://${clipper.extensionId}/options.html`);
    await options.getByLabel('Endpoint URL').waitFor();
    expect(await axeViolations(options)).toEqual([]);
  });
});
