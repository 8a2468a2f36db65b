/**
 * Talks to the sheet's endpoint (the add-on web app or the local workbook). Apps Script answers
 * HTTP 200 after one redirect and puts the outcome in the body, so redirects are followed and the
 * body decides; a text/plain body keeps the request "simple" (no CORS preflight).
 */
import type { Clip } from '../../shared/model.ts';
import { type ClipResult, type ErrorCode, PROTOCOL_VERSION } from '../../shared/protocol.ts';
import type { SheetMatch, SheetQuery } from './sheet-lookup.ts';

export type Failure = { ok: false; code: ErrorCode | 'network' | 'invalid_response'; message: string };
export type Answer<T> = { ok: true; value: T } | Failure;

export interface EndpointClient {
  sendClips(clips: readonly Clip[]): Promise<Answer<ClipResult[]>>;
  lookup(queries: readonly SheetQuery[]): Promise<Answer<SheetMatch[]>>;
  ping(): Promise<Answer<true>>;
}

const TIMEOUT_MS = 60_000;

/** Makes a client for one endpoint and token; `fetchFn` is injectable for tests. */
export function createEndpointClient(
  endpoint: string,
  token: string,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): EndpointClient {
  const post = (payload: object) =>
    request(fetchFn, endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=utf-8' },
      body: JSON.stringify({ v: PROTOCOL_VERSION, token, ...payload }),
    });
  return {
    sendClips: async (clips) => pick(await post({ clips }), 'results'),
    lookup: async (queries) => pick(await post({ lookup: queries }), 'matches'),
    ping: async () => {
      const answer = await request(fetchFn, endpoint, { method: 'GET' });
      if (!answer.ok) return answer;
      return answer.value.app === 'partnerkit'
        ? { ok: true, value: true }
        : invalid('That address answered, but it is not a Partnerkit sheet.');
    },
  };
}

async function request(
  fetchFn: typeof fetch,
  endpoint: string,
  init: RequestInit,
): Promise<Answer<Record<string, unknown>>> {
  let text: string;
  try {
    const response = await fetchFn(endpoint, {
      ...init,
      redirect: 'follow',
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    text = await response.text();
    if (!response.ok)
      return invalid(`Your sheet’s address answered with an error (HTTP ${response.status}).`, 'network');
  } catch (error) {
    return invalid(`Your sheet could not be reached (${describe(error)}).`, 'network');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalid('That address did not answer like a Partnerkit sheet.');
  }
  if (typeof body !== 'object' || body === null)
    return invalid('That address answered, but not like a Partnerkit sheet.');
  const record = body as Record<string, unknown>;
  if (record.ok === true) return { ok: true, value: record };
  return readError(record.error);
}

function readError(error: unknown): Failure {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as Record<
    string,
    unknown
  >;
  const known = ['unauthorized', 'bad_request', 'too_large', 'busy'] as const;
  const found = known.find((k) => k === code);
  const text = typeof message === 'string' && message !== '' ? message : 'The endpoint refused the request.';
  return found ? { ok: false, code: found, message: text } : invalid(text);
}

function pick<K extends string, T>(answer: Answer<Record<string, unknown>>, key: K): Answer<T> {
  if (!answer.ok) return answer;
  const list = answer.value[key];
  return Array.isArray(list) ? { ok: true, value: list as T } : invalid(`The answer has no "${key}" list.`);
}

function invalid(message: string, code: Failure['code'] = 'invalid_response'): Failure {
  return { ok: false, code, message };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
