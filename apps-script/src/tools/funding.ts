/** updateFundingTracker: Funding's computed columns and the Dashboard's funding band. */
import { BANDS, fundingBand } from '../../../shared/score/dashboard.ts';
import { type FundingInput, fundingFigures, summariseFunding } from '../../../shared/score/funding.ts';
import { FUNDING } from '../../../shared/workbook-schema.ts';
import { writeBand } from '../dashboard.ts';
import { cell, isBlankRow, readTable, type Table, writeColumns } from '../table.ts';
import type { ToolContext } from './context.ts';

/** The cells of a Funding row its figures depend on. */
export function fundingInput(table: Table, row: readonly unknown[]): FundingInput {
  return {
    stage: cell(table, row, 'Stage'),
    sourceType: cell(table, row, 'Source Type'),
    amountMin: cell(table, row, 'Amount Min'),
    amountMax: cell(table, row, 'Amount Max'),
    currency: cell(table, row, 'Currency'),
    probability: cell(table, row, 'Probability'),
    deadline: cell(table, row, 'Deadline'),
  };
}

/** Weighs every opportunity, counts days to deadlines and writes the totals; returns the summary. */
export function runFundingTracker(context: ToolContext): string {
  const table = readTable(context.spreadsheet, FUNDING);
  const clock = context.clock();
  const figures = table.rows.map((row) =>
    isBlankRow(table, row) ? undefined : fundingFigures(fundingInput(table, row), context.settings(), clock),
  );
  writeColumns(
    table,
    FUNDING.computed,
    figures.map((f) => [f?.weightedValue ?? '', f?.daysToDeadline ?? '']),
  );
  const present = figures.filter((f) => f !== undefined);
  const summary = summariseFunding(present);
  writeBand(context.spreadsheet, BANDS.funding, fundingBand(summary, context.settings().baseCurrency));
  const unpriced = present.filter((f) => f.weightedValue === undefined).length;
  const note = unpriced > 0 ? ` ${unpriced} without an amount, probability or exchange rate.` : '';
  return `Updated ${present.length} opportunities.${note}`;
}
