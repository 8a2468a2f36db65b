/** doPost: auth, then lookup or save under the document lock; every failure is a JSON error. */

import {
  type EndpointResponse,
  errorResponse,
  isOpportunityQuery,
  parseRequest,
} from '../../../shared/protocol.ts';
import { answerLookup } from '../../../shared/records/lookup.ts';
import { FUNDING, STAKEHOLDERS } from '../../../shared/workbook-schema.ts';
import { readSettings } from '../settings-tab.ts';
import { readTable } from '../table.ts';
import { isAuthorised } from './token.ts';
import { writeClips } from './write-clips.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOCK_WAIT_MS = 10_000;

/** Answers one POST body. */
export function handlePost(spreadsheet: Spreadsheet, body: string): EndpointResponse {
  const request = parseRequest(body);
  if (!request.ok) return errorResponse(request.code ?? 'bad_request', request.issues.join(' '));
  const settings = readSettings(spreadsheet);
  if (!isAuthorised(request.value.token, settings.clipperTokenHash))
    return errorResponse(
      'unauthorized',
      'The token is not valid: run Partnerkit › Connect Clipper and paste the new token.',
    );
  if (request.value.type === 'lookup') {
    const queries = request.value.lookup;
    const stakeholders = readTable(spreadsheet, STAKEHOLDERS);
    // Funding is read only when a query asks about an opportunity.
    const funding = queries.some(isOpportunityQuery) ? readTable(spreadsheet, FUNDING) : undefined;
    return { ok: true, matches: answerLookup(stakeholders, funding, queries) };
  }
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    return errorResponse('busy', 'The sheet is busy saving other clips; try again shortly.');
  try {
    return { ok: true, results: writeClips(spreadsheet, request.value.clips) };
  } finally {
    lock.releaseLock();
  }
}
