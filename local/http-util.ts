/** Small HTTP helpers: bounded body reading, answers, and the loopback Host guard. */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/** The body as text, or undefined when it is over `limit` bytes (the rest is discarded). */
export async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends a complete answer. */
export function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

/** Sends JSON. */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers?: Record<string, string>,
): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', headers);
}

/**
 * True when the Host header names this server on the loopback interface. Anything else (a DNS
 * name rebound to 127.0.0.1 by a web page) is refused.
 */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

/** True when a browser's Origin (if any) is this server's own page. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`].includes(origin.toLowerCase());
}

/**
 * True when a request carries this run's session key (X-Partnerkit-Session) and, if it comes
 * from a browser, from this server's own page. A custom header also means a cross-site page
 * would need a CORS preflight, which this server never grants.
 */
export function hasSessionKey(headers: IncomingHttpHeaders, key: string, port: number): boolean {
  const given = headers['x-partnerkit-session'];
  if (typeof given !== 'string' || !isOwnOrigin(headers.origin, port)) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}
