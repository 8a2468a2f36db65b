/** summariseHealthCheck: the health check's Dashboard block from the Feedback tab. */
import { type FeedbackInput, summariseHealth } from '../../../shared/health/health-check.ts';
import { healthBand, MOBILISATION_BANDS } from '../../../shared/mobilisation/bands.ts';
import { FEEDBACK, HEALTH_FACTORS } from '../../../shared/workbook-schema.ts';
import { writeBand } from '../dashboard.ts';
import { cell, isBlankRow, readTable } from '../table.ts';
import type { ToolContext } from '../tools/context.ts';

/** Writes the block; returns the summary shown to the person. */
export function runHealthSummary(context: ToolContext): string {
  const feedback = readTable(context.spreadsheet, FEEDBACK);
  const rows: FeedbackInput[] = feedback.rows
    .filter((row) => !isBlankRow(feedback, row))
    .map((row) => ({
      partner: cell(feedback, row, 'Partner'),
      ratings: Object.fromEntries(HEALTH_FACTORS.map((f) => [f, cell(feedback, row, f)])),
    }));
  const summary = summariseHealth(rows);
  writeBand(context.spreadsheet, MOBILISATION_BANDS.health, healthBand(summary));
  if (summary.answers === 0) return 'No ratings in Feedback yet: send the partner survey links first.';
  const attention = summary.factors.filter((f) => f.band === 'needs attention').map((f) => f.factor);
  const disagree = summary.factors.filter((f) => f.disagree).map((f) => f.factor);
  return [
    `Partnership health summarised from ${summary.answers} answers.`,
    attention.length > 0 ? `Needs attention: ${attention.join(', ')}.` : '',
    disagree.length > 0 ? `Partners disagree on: ${disagree.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
