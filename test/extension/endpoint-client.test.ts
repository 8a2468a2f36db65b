import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEndpointClient } from '../../extension/sync/endpoint-client.ts';
import { makeClip } from './make-clip.ts';

// Like an Apps Script web app: POST /exec answers 302 to /echo, which answers 200 with the outcome.
let server: Server;
let base: string;
let answer: unknown = {};
let lastBody = '';
let lastType = '';

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (req.url === '/exec' && req.method === 'POST') {
      lastBody = await readBody(req);
      lastType = req.headers['content-type'] ?? '';
      res.writeHead(302, { Location: '/echo' }).end();
    } else if (req.url === '/exec' || req.url === '/echo') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>sign in</html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('createEndpointClient', () => {
  it('should post clips as text/plain JSON and follow the redirect to the answer', async () => {
    const clip = makeClip();
    answer = { ok: true, results: [{ id: clip.id, status: 'added', row: 2 }] };
    const result = await createEndpointClient(`${base}/exec`, 'secret').sendClips([clip]);
    expect(result).toEqual({ ok: true, value: [{ id: clip.id, status: 'added', row: 2 }] });
    expect(lastType).toMatch(/^text\/plain/);
    expect(JSON.parse(lastBody)).toEqual({ v: 1, token: 'secret', clips: [clip] });
  });

  it('should report the error code the sheet answers with', async () => {
    answer = { ok: false, error: { code: 'busy', message: 'Another clip is being written.' } };
    const result = await createEndpointClient(`${base}/exec`, 't').sendClips([makeClip()]);
    expect(result).toEqual({ ok: false, code: 'busy', message: 'Another clip is being written.' });
  });

  it('should report a network failure when nothing listens', async () => {
    const result = await createEndpointClient('http://127.0.0.1:9/exec', 't').lookup([{ name: 'x' }]);
    expect(result).toMatchObject({ ok: false, code: 'network' });
  });

  it('should say so when the address answers something else than JSON', async () => {
    const result = await createEndpointClient(`${base}/login`, 't').ping();
    expect(result).toMatchObject({ ok: false, code: 'invalid_response' });
  });

  it('should accept a Partnerkit endpoint on GET', async () => {
    answer = { ok: true, app: 'partnerkit', v: 1 };
    expect(await createEndpointClient(`${base}/exec`, 't').ping()).toEqual({ ok: true, value: true });
  });

  it('should return lookup matches', async () => {
    answer = { ok: true, matches: [{ index: 0, id: 'S1', name: 'ARDC', tab: 'Stakeholders', row: 4 }] };
    const result = await createEndpointClient(`${base}/exec`, 't').lookup([{ name: 'ARDC' }]);
    expect(result).toEqual({
      ok: true,
      value: [{ index: 0, id: 'S1', name: 'ARDC', tab: 'Stakeholders', row: 4 }],
    });
    expect(JSON.parse(lastBody)).toMatchObject({ lookup: [{ name: 'ARDC' }] });
  });
});
