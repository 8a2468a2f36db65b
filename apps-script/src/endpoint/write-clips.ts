/**
 * Saves clips under the lock: plan in the core, write each tab's changes in one block. When the
 * batch write throws for a reason the plan did not foresee, the clips are saved one at a time so
 * the clip the sheet refuses is `rejected` with the reason and every other clip is written.
 */
import { mapColumns } from '../../../shared/header-map.ts';
import type { ClipResult } from '../../../shared/protocol.ts';
import { applyChanges } from '../../../shared/records/plan-tab.ts';
import { planClipSave, type SavePlan, type TabChanges } from '../../../shared/records/save-clips.ts';
import { FUNDING, STAKEHOLDERS, type TabSchema } from '../../../shared/workbook-schema.ts';
import { readHeader, readTable, requireColumn, requireSheet, type Table, tableOf } from '../table.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// The columns a clip is matched by (save-clips.ts): the only ones read for every row.
const MATCHED_BY = {
  stakeholders: ['ID', 'Name', 'Website'],
  funding: ['ID', 'Opportunity', 'Funder', 'URL'],
};

/** Saves a batch of clips and answers each one's result. */
export function writeClips(spreadsheet: Spreadsheet, clips: readonly unknown[]): ClipResult[] {
  const people = readMatchColumns(spreadsheet, STAKEHOLDERS, MATCHED_BY.stakeholders);
  const money = readMatchColumns(spreadsheet, FUNDING, MATCHED_BY.funding);
  requireColumn(people, 'ID');
  requireColumn(money, 'ID');
  let plan = planClipSave(people, money, clips);
  // The rows to fill were planned as if their other cells were empty: read them whole and plan
  // again. Matching uses only the columns read, so the second plan touches the same rows or
  // fewer, and fills only the cells that really are empty.
  const completed = [completeRows(people, plan.stakeholders), completeRows(money, plan.funding)];
  if (completed.some(Boolean)) plan = planClipSave(people, money, clips);
  try {
    writePlan(people, money, plan);
    return plan.results;
  } catch (error) {
    console.warn('Partnerkit: the batch write failed; saving the clips one at a time.', error);
    return writeOneByOne(spreadsheet, clips, plan.results, error);
  }
}

function writeOneByOne(
  spreadsheet: Spreadsheet,
  clips: readonly unknown[],
  planned: readonly ClipResult[],
  batchError: unknown,
): ClipResult[] {
  let [people, money] = readTabs(spreadsheet);
  let attempts = 0;
  let failures = 0;
  const results = clips.map((clip, index): ClipResult => {
    const plan = planClipSave(people, money, [clip]);
    const result = plan.results[0] ?? { id: '', status: 'rejected', reason: 'The clip could not be read.' };
    // The failed batch may have written this clip's row before another tab refused: it is still
    // the row this request added or filled.
    const first = planned[index];
    if (result.status === 'duplicate' && first && first.status !== 'duplicate' && first.status !== 'rejected')
      return first;
    if (!changes(plan)) return result;
    attempts += 1;
    try {
      writePlan(people, money, plan);
      applyChanges(people, plan.stakeholders);
      applyChanges(money, plan.funding);
      return result;
    } catch (error) {
      failures += 1;
      console.warn(`Partnerkit: the sheet refused clip ${result.id}.`, error);
      // Part of the clip may have been written before the refusal: read what the sheet holds.
      [people, money] = readTabs(spreadsheet);
      return { id: result.id, status: 'rejected', reason: `The sheet refused this clip: ${detail(error)}` };
    }
  });
  // Not one clip could be written: the sheet, not a clip, is the problem; "busy" keeps them all.
  if (attempts > 0 && failures === attempts) throw batchError;
  return results;
}

function readTabs(spreadsheet: Spreadsheet): [Table, Table] {
  const people = readTable(spreadsheet, STAKEHOLDERS);
  const money = readTable(spreadsheet, FUNDING);
  requireColumn(people, 'ID');
  requireColumn(money, 'ID');
  return [people, money];
}

/**
 * A tab with only the columns clips are matched by read for each row (one call over the span
 * of those columns, header included), the rest of each row left unset: a long tab is read
 * without copying thousands of cells a save never looks at.
 */
function readMatchColumns(spreadsheet: Spreadsheet, schema: TabSchema, headers: readonly string[]): Table {
  const sheet = requireSheet(spreadsheet, schema.name);
  const header = readHeader(sheet);
  const columns = mapColumns(header, schema.headers);
  const table = tableOf(sheet, schema, [header]);
  const wanted = headers.flatMap((h) => (columns[h] === undefined ? [] : [columns[h]]));
  // Without an ID column the save stops with a clear error before any row matters.
  if (columns.ID === undefined) return table;
  const first = Math.min(...wanted);
  const span = sheet.getSheetValues(1, first + 1, -1, Math.max(...wanted) - first + 1);
  table.rows = span.slice(1).map((values) => {
    const row: unknown[] = [];
    for (const column of wanted) row[column] = values[column - first];
    return row;
  });
  return table;
}

// Reads whole the existing rows a plan fills, in one call over the block that holds them.
function completeRows(table: Table, changes: TabChanges): boolean {
  const positions = [...changes.updated.keys()].filter((p) => p < table.rows.length);
  if (positions.length === 0) return false;
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  const width = Math.max(1, table.header.length);
  const block = table.sheet.getSheetValues(first + 2, 1, last - first + 1, width);
  for (const position of positions) table.rows[position] = block[position - first] ?? [];
  return true;
}

function changes(plan: SavePlan): boolean {
  return [plan.stakeholders, plan.funding].some((c) => c.appended.length > 0 || c.updated.size > 0);
}

function writePlan(people: Table, money: Table, plan: SavePlan): void {
  writeChanges(money, plan.funding);
  writeChanges(people, plan.stakeholders);
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

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
