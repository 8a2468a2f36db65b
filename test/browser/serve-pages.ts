/** Serves test pages from 127.0.0.1 (this folder's pages/ and the shared real-page fixtures). */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const OWN_PAGES = resolve(import.meta.dirname, 'pages');
export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../../shared/fixtures/pages');

export interface PageServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `/own/NAME.html` from pages/ and `/fixtures/NAME.html` from the shared fixtures. */
export async function servePages(): Promise<PageServer> {
  const server = createServer(async (req, res) => {
    const match = /^\/(own|fixtures)\/([\w.-]+\.html)$/.exec(req.url ?? '');
    if (!match) return res.writeHead(404).end();
    try {
      const body = await readFile(join(match[1] === 'own' ? OWN_PAGES : FIXTURE_PAGES, match[2] ?? ''));
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Serves one of pages/ at a real-looking address (e.g. https://www.cedarprairiecf.example/…), so
 * the Clipper sees the host, path and query a person's browser would; any query string matches.
 */
export async function servePageAt(context: BrowserContext, address: string, name: string): Promise<void> {
  const body = await readFile(join(OWN_PAGES, name));
  const base = address.split('?')[0] ?? address;
  await context.route(
    (url) => `${url.origin}${url.pathname}` === base,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}
