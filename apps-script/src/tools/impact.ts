/** updateImpactScorecard: Impact's computed columns and the Dashboard's progress by goal. */
import { BANDS, impactBand } from '../../../shared/score/dashboard.ts';
import { type ImpactFigures, impactFigures, progressByGoal } from '../../../shared/score/impact.ts';
import { IMPACT } from '../../../shared/workbook-schema.ts';
import { writeBand } from '../dashboard.ts';
import { cell, isBlankRow, readTable, writeColumns } from '../table.ts';
import type { ToolContext } from './context.ts';

/** Measures every indicator against its target and time; returns the summary line. */
export function runImpactScorecard(context: ToolContext): string {
  const table = readTable(context.spreadsheet, IMPACT);
  const clock = context.clock();
  const rows = table.rows.map((row): { goal: unknown; figures: ImpactFigures | undefined } => {
    if (isBlankRow(table, row)) return { goal: '', figures: undefined };
    const input = {
      goal: cell(table, row, 'Goal'),
      indicator: cell(table, row, 'Indicator'),
      unit: cell(table, row, 'Unit'),
      baseline: cell(table, row, 'Baseline'),
      target: cell(table, row, 'Target'),
      actual: cell(table, row, 'Actual'),
      startDate: cell(table, row, 'Start Date'),
      dueDate: cell(table, row, 'Due Date'),
      owner: cell(table, row, 'Owner'),
    };
    return { goal: input.goal, figures: impactFigures(input, clock) };
  });
  writeColumns(
    table,
    IMPACT.computed,
    rows.map(({ figures: f }) =>
      f ? [f.progress ?? '', f.expected ?? '', f.status ?? '', f.smartCheck] : ['', '', '', ''],
    ),
  );
  const measured = rows.flatMap((r) => (r.figures ? [{ goal: r.goal, figures: r.figures }] : []));
  writeBand(context.spreadsheet, BANDS.impact, impactBand(progressByGoal(measured)));
  const offTrack = measured.filter((r) => r.figures.status === 'off track').length;
  return `Updated ${measured.length} indicators; ${offTrack} off track.`;
}
