/**
 * updateMobilisationPlan: the current year's plan rows, their computed columns, the plan's
 * Dashboard block and chart, and the contribution totals. Each tab is read once and each block
 * written once.
 */

import {
  contributionsBand,
  MOBILISATION_BANDS,
  type PlanLine,
  planBand,
} from '../../../shared/mobilisation/bands.ts';
import { contributionTotals } from '../../../shared/mobilisation/contributions.ts';
import {
  missingPlanRows,
  type PlanFigures,
  type PlanRowInput,
  planFigures,
  planFunding,
  readPeriod,
  readPlanSourceType,
} from '../../../shared/mobilisation/plan.ts';
import { toNumber } from '../../../shared/settings/settings.ts';
import { CONTRIBUTIONS, FUNDING, MOBILISATION_PLAN } from '../../../shared/workbook-schema.ts';
import { writeBand } from '../dashboard.ts';
import { cell, isBlankRow, readTable, requireColumn, type Table, writeColumns } from '../table.ts';
import type { ToolContext } from '../tools/context.ts';
import { fundingInput } from '../tools/funding.ts';
import { ensurePlanChart } from './plan-chart.ts';

/** Updates the plan and the contribution totals; returns the summary shown to the person. */
export function runMobilisationPlan(context: ToolContext): string {
  const settings = context.settings();
  const clock = context.clock();
  const year = clock.today.year;
  const funding = readTable(context.spreadsheet, FUNDING);
  const planned = planFunding(
    funding.rows.filter((row) => !isBlankRow(funding, row)).map((row) => fundingInput(funding, row)),
    settings,
    clock,
  );
  const plan = readTable(context.spreadsheet, MOBILISATION_PLAN);
  const added = addYearRows(plan, year);
  const inputs = plan.rows.map((row) => ({
    sourceType: cell(plan, row, 'Source Type'),
    period: cell(plan, row, 'Period'),
    target: cell(plan, row, 'Target'),
  }));
  const figures = planFigures(inputs, planned, year, settings.maxSharePerSource);
  writePlanColumns(plan, figures);
  const lines = planLines(inputs, figures, year);
  writeBand(context.spreadsheet, MOBILISATION_BANDS.plan, planBand(year, settings.baseCurrency, lines));
  ensurePlanChart(context.dashboard());
  const unvalued = writeContributionTotals(context);
  return summary(year, added, lines, unvalued);
}

// The current year's rows, as the Dashboard block and its chart show them.
function planLines(
  inputs: readonly PlanRowInput[],
  figures: readonly (PlanFigures | undefined)[],
  year: number,
): PlanLine[] {
  return inputs.flatMap((input, i) => {
    const f = figures[i];
    const sourceType = readPlanSourceType(input.sourceType);
    if (!f || !sourceType || readPeriod(input.period) !== year) return [];
    const { secured, pipeline, shareOfSecured: share, overConcentrated } = f;
    return [
      {
        sourceType,
        target: toNumber(input.target) ?? 0,
        secured,
        pipeline,
        gap: f.gap ?? 0,
        share,
        overConcentrated,
      },
    ];
  });
}

// Contributions by partner and type on the Dashboard; returns how many could not be valued.
function writeContributionTotals(context: ToolContext): number {
  const settings = context.settings();
  const contributions = readTable(context.spreadsheet, CONTRIBUTIONS);
  const totals = contributionTotals(
    contributions.rows
      .filter((row) => !isBlankRow(contributions, row))
      .map((row) => ({
        partner: cell(contributions, row, 'Partner'),
        type: cell(contributions, row, 'Type'),
        value: cell(contributions, row, 'Value'),
        currency: cell(contributions, row, 'Currency'),
        hours: cell(contributions, row, 'Hours'),
      })),
    settings,
  );
  writeBand(
    context.spreadsheet,
    MOBILISATION_BANDS.contributions,
    contributionsBand(totals, settings.baseCurrency),
  );
  return totals.unvalued;
}

// Appends a row per source type the current year lacks, in one write; the table learns them.
function addYearRows(plan: Table, year: number): number {
  const missing = missingPlanRows(
    plan.rows.map((row) => ({
      sourceType: cell(plan, row, 'Source Type'),
      period: cell(plan, row, 'Period'),
      target: '',
    })),
    year,
  );
  if (missing.length === 0) return 0;
  const typeColumn = requireColumn(plan, 'Source Type');
  const periodColumn = requireColumn(plan, 'Period');
  const width = Math.max(plan.header.length, typeColumn + 1, periodColumn + 1);
  const rows = missing.map((type) => {
    const row: unknown[] = Array.from({ length: width }, () => '');
    row[typeColumn] = type;
    row[periodColumn] = year;
    return row;
  });
  const first = lastFilledRow(plan) + 2;
  const last = first + rows.length - 1;
  const maxRows = plan.sheet.getMaxRows();
  if (last > maxRows) plan.sheet.insertRowsAfter(maxRows, last - maxRows);
  plan.sheet.getRange(first, 1, rows.length, width).setValues(rows);
  plan.rows = [...plan.rows.slice(0, first - 2), ...rows];
  return rows.length;
}

function lastFilledRow(plan: Table): number {
  let last = plan.rows.length;
  while (last > 0 && isBlankRow(plan, plan.rows[last - 1] ?? [])) last -= 1;
  return last;
}

function writePlanColumns(plan: Table, figures: readonly (PlanFigures | undefined)[]): void {
  writeColumns(
    plan,
    MOBILISATION_PLAN.computed,
    figures.map((f) => [f?.secured ?? '', f?.pipeline ?? '', f?.gap ?? '', f?.shareOfSecured ?? '']),
  );
}

function summary(year: number, added: number, lines: readonly PlanLine[], unvalued: number): string {
  const flagged = lines.filter((l) => l.overConcentrated).map((l) => l.sourceType);
  const parts = [`Mobilisation plan ${year} updated.`];
  if (added > 0) parts.push(`Added ${added} ${added === 1 ? 'row' : 'rows'} for ${year}.`);
  if (flagged.length > 0)
    parts.push(`Over-concentrated: ${flagged.join(', ')} holds too large a share of secured funding.`);
  if (unvalued > 0)
    parts.push(
      `${unvalued} ${unvalued === 1 ? 'contribution' : 'contributions'} without a value, hours or exchange rate.`,
    );
  return parts.join(' ');
}
