/**
 * The Conflicts log's Stage Due and the Exit Plan's Readiness, with their Dashboard blocks; run by
 * refreshDashboard.
 */
import { isoDay } from '../../../shared/lifecycle/calendar-days.ts';
import { isOpenConflict, isOverdueConflict, stageDue } from '../../../shared/lifecycle/conflicts.ts';
import { type ExitPlanEssential, exitPlanReadiness } from '../../../shared/lifecycle/exit-plan.ts';
import { conflictsBand, exitPlansBand, LIFECYCLE_BANDS } from '../../../shared/lifecycle/lifecycle-band.ts';
import { readDate } from '../../../shared/score/dates.ts';
import { CONFLICTS, EXIT_PLAN, EXIT_PLAN_ESSENTIALS } from '../../../shared/workbook-schema.ts';
import { writeBand } from '../dashboard.ts';
import { cell, isBlankRow, readTable, type Table, writeColumns } from '../table.ts';
import type { ToolContext } from '../tools/context.ts';

/** Dates each open conflict's stage; returns the summary line. */
export function runConflicts(context: ToolContext, read?: Table): string {
  const table = read ?? readTable(context.spreadsheet, CONFLICTS);
  const { today, zoneOffsetMs } = context.clock();
  const days = context.settings().conflictStageDays;
  const counts = { open: 0, overdue: 0, resolved: 0 };
  const dues = table.rows.map((row) => {
    if (isBlankRow(table, row)) return '';
    const status = cell(table, row, 'Status');
    const due = stageDue(
      readDate(cell(table, row, 'Raised On'), zoneOffsetMs),
      cell(table, row, 'Stage'),
      days,
    );
    if (!isOpenConflict(status)) counts.resolved += 1;
    else counts.open += 1;
    if (isOverdueConflict(status, due, today)) counts.overdue += 1;
    return due ? isoDay(due) : '';
  });
  writeColumns(
    table,
    CONFLICTS.computed,
    dues.map((due) => [due]),
  );
  writeBand(context.spreadsheet, LIFECYCLE_BANDS.conflicts, conflictsBand(counts));
  return `${counts.open} open conflicts, ${counts.overdue} past their stage.`;
}

/** Checks every exit plan for what is missing; returns the summary line. */
export function runExitPlans(context: ToolContext, read?: Table): string {
  const table = read ?? readTable(context.spreadsheet, EXIT_PLAN);
  const readiness = table.rows.map((row) => {
    if (isBlankRow(table, row)) return '';
    const fields: Partial<Record<ExitPlanEssential, unknown>> = {};
    for (const name of EXIT_PLAN_ESSENTIALS) fields[name] = cell(table, row, name);
    return exitPlanReadiness(fields);
  });
  writeColumns(
    table,
    EXIT_PLAN.computed,
    readiness.map((r) => [r]),
  );
  const ready = readiness.filter((r) => r === 'ready').length;
  const notReady = readiness.filter((r) => r !== '' && r !== 'ready').length;
  writeBand(context.spreadsheet, LIFECYCLE_BANDS.exitPlans, exitPlansBand({ ready, notReady }));
  return `${notReady} exit plans not ready.`;
}
