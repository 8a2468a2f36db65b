/**
 * `npm start`: builds what is missing, starts the local workbook on 127.0.0.1, prints the
 * endpoint and token, optionally opens a paired Chromium, and stops cleanly on SIGINT/SIGTERM.
 * Settings: PORT, PARTNERKIT_TOKEN, PARTNERKIT_DATA_DIR, PARTNERKIT_NO_BROWSER=1.
 */

import { resolve } from 'node:path';
import { shouldOpenBrowser } from './browser.ts';
import { buildMissing } from './build-missing.ts';
import { LocalWorkbookError } from './errors.ts';
import { startServer } from './server.ts';
import { loadWorkbookFile, workbookPath } from './workbook-file.ts';

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  const dataDir = resolve(process.env.PARTNERKIT_DATA_DIR || 'data');
  // A corrupt or foreign workbook is reported before spending time on builds.
  await loadWorkbookFile(workbookPath(dataDir));
  await buildMissing();
  const server = await startServer({
    port,
    dataDir,
    token: process.env.PARTNERKIT_TOKEN || undefined,
    openBrowser: shouldOpenBrowser(),
  });
  console.log(`Partnerkit local workbook: ${server.pageUrl}`);
  console.log(`  workbook file:    ${server.workbook.path}`);
  console.log(`  Clipper endpoint: ${server.endpoint}`);
  console.log(`  Clipper token:    ${server.token}`);
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: saving and stopping…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof LocalWorkbookError)
    console.error(
      `Partnerkit: ${error.message} It was left untouched; move it away or set PARTNERKIT_DATA_DIR to another folder.`,
    );
  else console.error('Partnerkit: could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
