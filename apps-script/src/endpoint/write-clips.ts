/**
 * Saves clips under the lock: plan in the core, write each tab's changes in one block. When the
 * batch write throws for a reason the plan did not foresee, the clips are saved one at a time so
 * the clip the sheet refuses is `rejected` with the reason and every other clip is written.
 */
import type { ClipResult } from '../../../shared/protocol.ts';
import { applyChanges } from '../../../shared/records/plan-tab.ts';
import { planClipSave, type SavePlan, type TabChanges } from '../../../shared/records/save-clips.ts';
import { FUNDING, STAKEHOLDERS } from '../../../shared/workbook-schema.ts';
import { readTable, requireColumn, type Table } from '../table.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Saves a batch of clips and answers each one's result. */
export function writeClips(spreadsheet: Spreadsheet, clips: readonly unknown[]): ClipResult[] {
  const [people, money] = readTabs(spreadsheet);
  const plan = planClipSave(people, money, clips);
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
