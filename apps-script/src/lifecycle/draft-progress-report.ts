/**
 * draftProgressReport ("Draft progress report…"): the progress report from the workbook, through
 * the agreement's document path (one Google Doc from HTML; a .docx locally). Each tab is read once
 * and the figures come from the tools that own them (impact, funding, contributions, health,
 * deadlines), so the report says what the Dashboard says.
 */
import { comingUp } from '../../../shared/deadlines/coming-up.ts';
import { daysUntil } from '../../../shared/deadlines/when-due.ts';
import {
  buildProgressReport,
  type ReportConflict,
  type ReportFundingLine,
  type ReportIndicator,
  type ReportMilestone,
} from '../../../shared/documents/progress-report.ts';
import { escapeHtml } from '../../../shared/documents/render-html.ts';
import { type FeedbackInput, summariseHealth } from '../../../shared/health/health-check.ts';
import { isoDay } from '../../../shared/lifecycle/calendar-days.ts';
import { isOpenConflict } from '../../../shared/lifecycle/conflicts.ts';
import { contributionTotals } from '../../../shared/mobilisation/contributions.ts';
import { planFunding } from '../../../shared/mobilisation/plan.ts';
import { SOURCE_TYPES } from '../../../shared/model.ts';
import { readDate } from '../../../shared/score/dates.ts';
import { impactFigures, progressByGoal } from '../../../shared/score/impact.ts';
import { UNSPECIFIED } from '../../../shared/score/type-mix.ts';
import {
  ACTION_PLAN,
  CONFLICTS,
  CONTRIBUTIONS,
  FEEDBACK,
  FUNDING,
  HEALTH_FACTORS,
  IMPACT,
  type TabSchema,
} from '../../../shared/workbook-schema.ts';
import { readDeadlines } from '../deadlines/read-deadlines.ts';
import { cell, isBlankRow, readTable, type Table, tableOf } from '../table.ts';
import type { ToolContext } from '../tools/context.ts';
import { fundingInput } from '../tools/funding.ts';
import { textOf } from './agreement-inputs.ts';
import { createGoogleDoc } from './draft-agreement.ts';

/** Pipeline stages, as the mobilisation plan counts them. */
const OPEN_STAGES = ['prospect', 'researching', 'drafting', 'submitted'];

/** Builds the report, creates the document and shows its link; returns the toast. */
export function runDraftProgressReport(context: ToolContext): string {
  const settings = context.settings();
  const clock = context.clock();
  const zone = clock.zoneOffsetMs;
  const rows = (table: Table | undefined) =>
    table ? table.rows.filter((row) => !isBlankRow(table, row)) : [];
  const text = (table: Table, row: unknown[], header: string) => textOf(cell(table, row, header), zone);

  const impact = readTable(context.spreadsheet, IMPACT);
  const indicators: ReportIndicator[] = [];
  const measured = rows(impact).map((row) => {
    const figures = impactFigures(
      {
        goal: cell(impact, row, 'Goal'),
        indicator: cell(impact, row, 'Indicator'),
        unit: cell(impact, row, 'Unit'),
        baseline: cell(impact, row, 'Baseline'),
        target: cell(impact, row, 'Target'),
        actual: cell(impact, row, 'Actual'),
        startDate: cell(impact, row, 'Start Date'),
        dueDate: cell(impact, row, 'Due Date'),
        owner: cell(impact, row, 'Owner'),
      },
      clock,
    );
    indicators.push({
      goal: text(impact, row, 'Goal'),
      indicator: text(impact, row, 'Indicator'),
      progress: figures.progress,
      status: figures.status,
      dueDate: text(impact, row, 'Due Date'),
    });
    return { goal: cell(impact, row, 'Goal'), figures };
  });

  const actions = readTable(context.spreadsheet, ACTION_PLAN);
  const milestonesDone: ReportMilestone[] = [];
  const milestonesOverdue: ReportMilestone[] = [];
  for (const row of rows(actions)) {
    const milestone = {
      milestone: text(actions, row, 'Milestone'),
      responsible: text(actions, row, 'Responsible'),
      dueDate: text(actions, row, 'Due Date'),
    };
    const due = readDate(cell(actions, row, 'Due Date'), zone);
    if (text(actions, row, 'Status').toLowerCase() === 'done') milestonesDone.push(milestone);
    else if (due && daysUntil(clock.today, due) < 0) milestonesOverdue.push(milestone);
  }

  const fundingTable = readTable(context.spreadsheet, FUNDING);
  const planned = planFunding(
    rows(fundingTable).map((row) => fundingInput(fundingTable, row)),
    settings,
    clock,
  );
  const funding: ReportFundingLine[] = [...SOURCE_TYPES, UNSPECIFIED].map((sourceType) => {
    const ofType = planned.map((f) => f.figures).filter((f) => f.sourceType === sourceType);
    return {
      sourceType,
      secured: sum(ofType.filter((f) => f.stage === 'awarded').map((f) => f.amount)),
      pipeline: sum(ofType.filter((f) => OPEN_STAGES.includes(f.stage ?? '')).map((f) => f.weightedValue)),
    };
  });

  // Contributions, Feedback and Conflicts came with later waves: an older workbook may lack them.
  const contributionsTable = optionalTable(context, CONTRIBUTIONS);
  const contributions = contributionsTable
    ? contributionTotals(
        rows(contributionsTable).map((row) => ({
          partner: cell(contributionsTable, row, 'Partner'),
          type: cell(contributionsTable, row, 'Type'),
          value: cell(contributionsTable, row, 'Value'),
          currency: cell(contributionsTable, row, 'Currency'),
          hours: cell(contributionsTable, row, 'Hours'),
        })),
        settings,
      )
    : undefined;
  const feedback = optionalTable(context, FEEDBACK);
  const health = feedback
    ? summariseHealth(
        rows(feedback).map(
          (row): FeedbackInput => ({
            partner: cell(feedback, row, 'Partner'),
            ratings: Object.fromEntries(HEALTH_FACTORS.map((f) => [f, cell(feedback, row, f)])),
          }),
        ),
      )
    : undefined;
  const conflicts = optionalTable(context, CONFLICTS);
  const conflictRows = conflicts
    ? rows(conflicts).map((row) => ({
        open: isOpenConflict(cell(conflicts, row, 'Status')),
        conflict: {
          issue: text(conflicts, row, 'Issue'),
          parties: text(conflicts, row, 'Parties'),
          stage: text(conflicts, row, 'Stage'),
          stageDue: text(conflicts, row, 'Stage Due'),
          resolution: text(conflicts, row, 'Resolution'),
        } satisfies ReportConflict,
      }))
    : [];

  const deadlines = readDeadlines(context.spreadsheet);
  const upcoming = comingUp(deadlines.deadlines, deadlines.today).flatMap((group) => group.items);

  const doc = buildProgressReport({
    workbookName: context.spreadsheet.getName(),
    drafted: isoDay(clock.today),
    baseCurrency: settings.baseCurrency,
    goals: progressByGoal(measured),
    indicators,
    milestonesDone,
    milestonesOverdue,
    funding,
    contributions,
    health,
    openConflicts: conflictRows.filter((c) => c.open).map((c) => c.conflict),
    resolvedConflicts: conflictRows.filter((c) => !c.open).map((c) => c.conflict),
    comingUp: upcoming,
  });
  const link = createGoogleDoc(doc);
  const html = `<!doctype html><html><body style="font-family:sans-serif;font-size:13px">
<p>The progress report is ready.</p>
<p><a id="partnerkit-document" href="${escapeHtml(link)}" target="_blank" rel="noopener">Open ${escapeHtml(doc.title)}</a></p>
</body></html>`;
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(480).setHeight(160),
    'Draft progress report',
  );
  return `Drafted the progress report: ${indicators.length} indicators, ${upcoming.length} deadlines coming up.`;
}

function optionalTable(context: ToolContext, schema: TabSchema): Table | undefined {
  const sheet = context.spreadsheet.getSheetByName(schema.name);
  return sheet ? tableOf(sheet, schema, sheet.getDataRange().getValues()) : undefined;
}

function sum(values: readonly (number | undefined)[]): number {
  return Math.round(values.reduce<number>((s, v) => s + (v ?? 0), 0) * 100) / 100;
}
