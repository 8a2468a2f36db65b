/** doPost: auth, then lookup or save under the document lock; every failure is a JSON error. */

import { type EndpointResponse, errorResponse, parseRequest } from '../../../shared/protocol.ts';
import { lookupStakeholders } from '../../../shared/records/lookup.ts';
import { planClipSave, type TabChanges } from '../../../shared/records/save-clips.ts';
import { FUNDING, STAKEHOLDERS } from '../../../shared/workbook-schema.ts';
import { readSettings } from '../settings-tab.ts';
import { readTable, requireColumn, type Table } from '../table.ts';
import { isAuthorised } from './token.ts';

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
    const table = readTable(spreadsheet, STAKEHOLDERS);
    return { ok: true, matches: lookupStakeholders(table, request.value.lookup) };
  }
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    return errorResponse('busy', 'The sheet is busy saving other clips; try again shortly.');
  try {
    const stakeholders = readTable(spreadsheet, STAKEHOLDERS);
    const funding = readTable(spreadsheet, FUNDING);
    requireColumn(stakeholders, 'ID');
    requireColumn(funding, 'ID');
    const plan = planClipSave(stakeholders, funding, request.value.clips);
    writeChanges(stakeholders, plan.stakeholders);
    writeChanges(funding, plan.funding);
    return { ok: true, results: plan.results };
  } finally {
    lock.releaseLock();
  }
}

function writeChanges(table: Table, changes: TabChanges): void {
  for (const [position, { row, columns }] of changes.updated)
    writeRuns(table, position + 2, row, [...columns]);
  if (changes.appended.length === 0) return;
  const first = table.rows.length + 2;
  const width = Math.max(1, table.header.length);
  const last = first + changes.appended.length - 1;
  const maxRows = table.sheet.getMaxRows();
  if (last > maxRows) table.sheet.insertRowsAfter(maxRows, last - maxRows);
  table.sheet.getRange(first, 1, changes.appended.length, width).setValues(changes.appended);
}

// Only the filled cells are written, in runs of adjacent columns, so nothing a person typed moves.
function writeRuns(table: Table, rowNumber: number, row: readonly unknown[], columns: number[]): void {
  columns.sort((a, b) => a - b);
  let start = 0;
  while (start < columns.length) {
    let end = start;
    while (end + 1 < columns.length && columns[end + 1] === (columns[end] ?? 0) + 1) end += 1;
    const first = columns[start] ?? 0;
    const values = [columns.slice(start, end + 1).map((column) => row[column])];
    table.sheet.getRange(rowNumber, first + 1, 1, values[0]?.length ?? 1).setValues(values);
    start = end + 1;
  }
}
