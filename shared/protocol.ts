/** The Clipper ↔ sheet protocol of PRODUCT.md: request parsing and the answers' shapes. */
import type { Result } from './result.ts';
import { utf8Length } from './utf8.ts';

export const PROTOCOL_VERSION = 1;
/** Most clips one request may carry. */
export const MAX_CLIPS_PER_REQUEST = 500;
/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;
/** Most organisations one lookup may ask about. */
export const MAX_LOOKUPS_PER_REQUEST = 500;

export type ErrorCode = 'unauthorized' | 'bad_request' | 'too_large' | 'busy';
export type ClipStatus = 'added' | 'updated' | 'duplicate' | 'rejected';

export interface ClipResult {
  id: string;
  status: ClipStatus;
  row?: number;
  reason?: string;
}
/**
 * One "is this already in the sheet?" question. With `title` or `url` it asks about an
 * opportunity (tab Funding), otherwise about an organisation (tab Stakeholders). `listedOn` is the
 * address of the directory page an entry was listed on: its host counts as shared.
 */
export interface LookupQuery {
  name?: string;
  website?: string;
  listedOn?: string;
  title?: string;
  funder?: string;
  url?: string;
}
export type LookupReason = 'same website' | 'same name' | 'same link' | 'same title and funder';
/**
 * The row saving the queried clip would fill (or, with `possibleDuplicate`, the row it resembles:
 * saving adds a new row noted "Possible duplicate of row N (…)"). For Funding, `name` is the title.
 */
export interface LookupMatch {
  index: number;
  id: string;
  name: string;
  tab: 'Stakeholders' | 'Funding';
  row: number;
  reason: LookupReason;
  possibleDuplicate?: true;
}

export type SaveResponse = { ok: true; results: ClipResult[] };
export type LookupResponse = { ok: true; matches: LookupMatch[] };
export type PingResponse = { ok: true; app: 'partnerkit'; v: typeof PROTOCOL_VERSION };
export type ErrorResponse = { ok: false; error: { code: ErrorCode; message: string } };
export type EndpointResponse = SaveResponse | LookupResponse | PingResponse | ErrorResponse;

/** A request that passed the envelope checks; each clip is still raw and validated one by one. */
export type EndpointRequest =
  | { type: 'save'; token: string; clips: unknown[] }
  | { type: 'lookup'; token: string; lookup: LookupQuery[] };

/** Builds the error answer for a code. */
export function errorResponse(code: ErrorCode, message: string): ErrorResponse {
  return { ok: false, error: { code, message } };
}

/** Parses a POST body; the failure carries the error code to answer with. */
export function parseRequest(body: string): Result<EndpointRequest> & { code?: ErrorCode } {
  if (utf8Length(body) > MAX_BODY_BYTES) return tooLarge(`The request is over ${MAX_BODY_BYTES} bytes.`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return badRequest('The request body is not valid JSON.');
  }
  if (!isRecord(data)) return badRequest('The request body must be a JSON object.');
  if (data.v !== PROTOCOL_VERSION)
    return badRequest(`Unsupported protocol version; expected v: ${PROTOCOL_VERSION}.`);
  const token = typeof data.token === 'string' ? data.token : '';
  if (Array.isArray(data.clips)) {
    if (data.clips.length > MAX_CLIPS_PER_REQUEST)
      return tooLarge(`At most ${MAX_CLIPS_PER_REQUEST} clips per request.`);
    return { ok: true, value: { type: 'save', token, clips: data.clips } };
  }
  if (Array.isArray(data.lookup)) {
    if (data.lookup.length > MAX_LOOKUPS_PER_REQUEST)
      return tooLarge(`At most ${MAX_LOOKUPS_PER_REQUEST} lookups per request.`);
    return { ok: true, value: { type: 'lookup', token, lookup: data.lookup.map(toLookupQuery) } };
  }
  return badRequest('The request needs a "clips" or a "lookup" array.');
}

const LOOKUP_FIELDS = ['name', 'website', 'listedOn', 'title', 'funder', 'url'] as const;

function toLookupQuery(item: unknown): LookupQuery {
  if (!isRecord(item)) return {};
  const query: LookupQuery = {};
  for (const field of LOOKUP_FIELDS) {
    const value = item[field];
    if (typeof value === 'string') query[field] = value;
  }
  return query;
}

/** True when a lookup asks about an opportunity (tab Funding) rather than an organisation. */
export function isOpportunityQuery(query: LookupQuery): boolean {
  return Boolean(query.title?.trim() || query.url?.trim());
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badRequest(message: string) {
  return { ok: false as const, issues: [message], code: 'bad_request' as const };
}
function tooLarge(message: string) {
  return { ok: false as const, issues: [message], code: 'too_large' as const };
}
