/** The sharing plan in words (the confirmation and the report) and its record in Access Log. */
import { toCellValue } from '../../../shared/cell-safety.ts';
import type { PlannedChange, SharingPlan } from '../../../shared/sharing/plan.ts';
import { ACCESS_LOG } from '../../../shared/workbook-schema.ts';
import type { Table } from '../table.ts';

const MAX_LISTED = 25;

/** The access changes, skipped addresses and kept grants; `brief` leaves out the empty plan line. */
export function describePlan(plan: SharingPlan, brief: boolean): string {
  const lines = plan.changes.map(describeChange);
  const listed = lines.slice(0, MAX_LISTED);
  if (lines.length > MAX_LISTED) listed.push(`… and ${lines.length - MAX_LISTED} more`);
  const parts: string[] = [];
  if (listed.length > 0) parts.push(`Access to the Partner room:\n${listed.join('\n')}`);
  else if (!brief) parts.push('No access changes are needed.');
  if (plan.invalid.length > 0) parts.push(`Skipped, not valid email addresses:\n${invalidLines(plan)}`);
  if (plan.kept.length > 0)
    parts.push(
      `Left as they are:\n${plan.kept
        .slice(0, MAX_LISTED)
        .map((k) => `${k.email} (${k.reason})`)
        .join('\n')}`,
    );
  const text = parts.join('\n\n');
  return brief && text ? `\n\n${text}` : text;
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

/** What was done, what Drive refused and what was skipped. */
export function report(done: PlannedChange[], failed: string[], plan: SharingPlan): string {
  const parts = [`${done.length} access change(s) made on the Partner room and logged.`];
  if (failed.length > 0) parts.push(`Drive refused:\n${failed.slice(0, MAX_LISTED).join('\n')}`);
  if (plan.invalid.length > 0) parts.push(`Skipped, not valid email addresses:\n${invalidLines(plan)}`);
  return parts.join('\n\n');
}

/** Appends one Access Log row per change made, in one write. */
export function appendLog(log: Table, changes: readonly PlannedChange[], by: string, now: Date): void {
  if (changes.length === 0) return;
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
