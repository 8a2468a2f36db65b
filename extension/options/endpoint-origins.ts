/**
 * Host permissions to ask for when pairing with an endpoint. Apps Script answers from a
 * googleusercontent address after a redirect, so a script.google.com endpoint needs both.
 */
import type { Result } from '../../shared/result.ts';

const APPS_SCRIPT_ORIGINS = ['https://script.google.com/*', 'https://script.googleusercontent.com/*'];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** The origins for an endpoint URL, or why the Clipper cannot pair with it. */
export function endpointOrigins(endpoint: string): Result<string[]> {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    return {
      ok: false,
      issues: ['The endpoint must be a full address, such as https://script.google.com/…/exec.'],
    };
  }
  if (url.protocol === 'https:' && url.hostname === 'script.google.com')
    return { ok: true, value: APPS_SCRIPT_ORIGINS };
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))
    return { ok: true, value: [`http://${url.hostname}/*`] };
  return {
    ok: false,
    issues: [
      'Use the address shown by Connect clipper: a script.google.com web app or a local workbook (http://127.0.0.1:PORT/exec).',
    ],
  };
}
