/** Steps of the browser tests: open a page in the Clipper's browser, wait for a clip's state. */
import type { Page } from 'playwright-core';
import type { Clipper } from './launch-clipper.ts';

/** Opens an address in a new tab of the Clipper's browser. */
export async function openPage(clipper: Clipper, url: string): Promise<Page> {
  const page = await clipper.context.newPage();
  await page.goto(url);
  return page;
}

/** Waits until the popup's newest recent clip of that name shows the state. */
export async function expectClipState(
  popup: Page,
  name: string,
  state: string | RegExp,
  timeout = 20_000,
): Promise<void> {
  const item = popup.locator('.recent li', { hasText: name }).first();
  await item.locator('.clip-state', { hasText: state }).waitFor({ timeout });
}
