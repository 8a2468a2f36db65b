/** shareWithPartners: plan, confirm, apply, log, protect (PRODUCT.md "Share with partners"). */
import { toCellValue } from '../../../shared/cell-safety.ts';
import {
  grantsFromLog,
  type PlannedChange,
  planSharing,
  type SharingPlan,
} from '../../../shared/sharing/plan.ts';
import { ACCESS_LOG, STAKEHOLDERS } from '../../../shared/workbook-schema.ts';
import { cell, readTable, type Table } from '../table.ts';
import { applyChange, currentAccess } from './drive-access.ts';
import { protectComputed } from './protect.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAX_LISTED = 25;

/** Runs the whole flow; returns the summary for the toast, or undefined when cancelled. */
export function shareWithPartnersIn(spreadsheet: Spreadsheet): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const stakeholders = readTable(spreadsheet, STAKEHOLDERS);
  const log = readTable(spreadsheet, ACCESS_LOG);
  const granted = grantsFromLog(
    log.rows.map((row) => ({ email: cell(log, row, 'Email'), to: cell(log, row, 'To') })),
  );
  const file = DriveApp.getFileById(spreadsheet.getId());
  const plan = planSharing(
    stakeholders.rows.map((row, index) => ({
      row: index + 2,
      name: String(cell(stakeholders, row, 'Name')),
      emails: cell(stakeholders, row, 'Emails'),
      access: cell(stakeholders, row, 'Share Access'),
      status: cell(stakeholders, row, 'Status'),
    })),
    { owner: file.getOwner()?.getEmail() ?? '', current: currentAccess(file, granted), granted },
  );
  const question = `${describePlan(plan)}\n\nApply these changes and protect the computed columns, Settings and Access Log?`;
  if (ui.alert('Share with partners', question, ui.ButtonSet.YES_NO) !== ui.Button.YES)
    return 'Nothing was changed.';
  const done: PlannedChange[] = [];
  const failed: string[] = [];
  for (const change of plan.changes) {
    try {
      applyChange(file, change);
      done.push(change);
    } catch (error) {
      failed.push(`${change.email}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  appendLog(log, done);
  protectComputed(spreadsheet, [stakeholders, log]);
  if (failed.length > 0 || plan.invalid.length > 0)
    ui.alert('Share with partners', report(done, failed, plan), ui.ButtonSet.OK);
  return `Sharing updated: ${done.length} change${done.length === 1 ? '' : 's'}.`;
}

function describePlan(plan: SharingPlan): string {
  const lines = plan.changes.map(describeChange);
  const listed = lines.slice(0, MAX_LISTED);
  if (lines.length > MAX_LISTED) listed.push(`… and ${lines.length - MAX_LISTED} more`);
  const parts = [
    listed.length > 0 ? `Planned changes:\n${listed.join('\n')}` : 'No access changes are needed.',
  ];
  if (plan.invalid.length > 0) parts.push(`Skipped, not valid email addresses:\n${invalidLines(plan)}`);
  if (plan.kept.length > 0)
    parts.push(
      `Left as they are:\n${plan.kept
        .slice(0, MAX_LISTED)
        .map((k) => `${k.email} (${k.reason})`)
        .join('\n')}`,
    );
  return parts.join('\n\n');
}

function describeChange(change: PlannedChange): string {
  const who = `${change.email} (${change.name})`;
  if (change.to === 'none') return `Remove ${change.from} access: ${who}`;
  if (change.from === 'none') return `Give ${change.to} access: ${who}`;
  return `Change ${change.from} to ${change.to}: ${who}`;
}

function invalidLines(plan: SharingPlan): string {
  return plan.invalid
    .slice(0, MAX_LISTED)
    .map((i) => `row ${i.row} ${i.name}: "${i.email}"`)
    .join('\n');
}

function report(done: PlannedChange[], failed: string[], plan: SharingPlan): string {
  const parts = [`${done.length} change(s) made and logged.`];
  if (failed.length > 0) parts.push(`Drive refused:\n${failed.slice(0, MAX_LISTED).join('\n')}`);
  if (plan.invalid.length > 0) parts.push(`Skipped, not valid email addresses:\n${invalidLines(plan)}`);
  return parts.join('\n\n');
}

function appendLog(log: Table, changes: readonly PlannedChange[]): void {
  if (changes.length === 0) return;
  const by = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  const now = new Date();
  const width = Math.max(log.header.length, ACCESS_LOG.headers.length);
  const rows = changes.map((change) => {
    const row: unknown[] = Array.from({ length: width }, () => '');
    const values: Record<string, unknown> = {
      Timestamp: now,
      Email: change.email,
      From: change.from,
      To: change.to,
      By: by,
    };
    for (const [header, value] of Object.entries(values)) {
      const column = log.columns[header];
      if (column !== undefined) row[column] = toCellValue(value);
    }
    return row;
  });
  const first = log.rows.length + 2;
  const maxRows = log.sheet.getMaxRows();
  const last = first + rows.length - 1;
  if (last > maxRows) log.sheet.insertRowsAfter(maxRows, last - maxRows);
  log.sheet.getRange(first, 1, rows.length, width).setValues(rows);
}
