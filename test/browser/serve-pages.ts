/** Serves test pages from 127.0.0.1 (this folder's pages/ and the shared real-page fixtures). */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

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
