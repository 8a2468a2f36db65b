/**
 * A Clipper paired with a local workbook of its own, as each browser test starts it: a new
 * workbook file, a new endpoint, and the Clipper's storage emptied and paired with it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { type Clipper, clearStorage, pairClipper } from './launch-clipper.ts';
import { type Endpoint, startEndpoint } from './start-endpoint.ts';

/** A local workbook the Clipper is paired with. */
export interface PairedWorkbook {
  endpoint: Endpoint;
  /** The folder of its partnerkit.xlsx (see workbook-rows.ts). */
  dataDir: string;
}

/** A new, empty data folder for a workbook. */
export const newDataDir = (): string => mkdtempSync(join(tmpdir(), 'partnerkit-data-'));

/** Aborts every request that leaves 127.0.0.1, so no test page reaches the internet. */
export async function keepLocal(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
}

/** Starts a new workbook and pairs the Clipper with it, forgetting its earlier clips. */
export async function pairWithNewWorkbook(clipper: Clipper): Promise<PairedWorkbook> {
  const dataDir = newDataDir();
  const endpoint = await startEndpoint(dataDir);
  await clearStorage(clipper);
  await pairClipper(clipper, endpoint.endpoint, endpoint.token);
  return { endpoint, dataDir };
}

/** Closes every tab a test opened, keeping the first so the browser stays up. */
export async function closeTabs(clipper: Clipper): Promise<void> {
  for (const page of clipper.context.pages().slice(1)) await page.close();
}
