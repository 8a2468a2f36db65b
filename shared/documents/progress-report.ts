/**
 * PRODUCT.md "Documents — the progress report": what the partnership achieved and what comes next,
 * from figures the other tools already compute (impact, funding, contributions, health, deadlines).
 * The charts' numbers appear as tables, so the report reads the same in a Google Doc and a .docx.
 */

import type { ComingUpItem } from '../deadlines/coming-up.ts';
import type { HealthSummary } from '../health/health-check.ts';
import type { ContributionTotals } from '../mobilisation/contributions.ts';
import type { GoalProgress } from '../score/impact.ts';
import { h2, p } from './blocks.ts';
import type { Block, DocumentModel } from './document.ts';

/** One indicator row as the report lists it. */
export interface ReportIndicator {
  goal: string;
  indicator: string;
  progress: number | undefined;
  status: string | undefined;
  dueDate: string;
}

export interface ReportMilestone {
  milestone: string;
  responsible: string;
  dueDate: string;
}

/** Secured (awarded amounts) and pipeline (weighted open stages) of one source type, base currency. */
export interface ReportFundingLine {
  sourceType: string;
  secured: number;
  pipeline: number;
}

export interface ReportConflict {
  issue: string;
  parties: string;
  stage: string;
  stageDue: string;
  resolution: string;
}

export interface ProgressReportData {
  workbookName: string;
  /** YYYY-MM-DD. */
  drafted: string;
  baseCurrency: string;
  goals: GoalProgress[];
  indicators: ReportIndicator[];
  milestonesDone: ReportMilestone[];
  milestonesOverdue: ReportMilestone[];
  funding: ReportFundingLine[];
  contributions: ContributionTotals | undefined;
  health: HealthSummary | undefined;
  openConflicts: ReportConflict[];
  resolvedConflicts: ReportConflict[];
  /** Deadlines of the next 30 days (and overdue ones), from the deadlines list. */
  comingUp: ComingUpItem[];
}

/** A share 0–1 as a whole percent; blank when there is none. */
export const percent = (share: number | undefined): string =>
  share === undefined ? '' : `${Math.round(share * 100)}%`;

/** An amount rounded to cents, without trailing zeros. */
export const amount = (value: number): string => String(Math.round(value * 100) / 100);

const table = (header: string[], rows: string[][]): Block => ({ kind: 'table', header, rows });

/** The report, section by section; an empty section says so in a sentence. */
export function buildProgressReport(data: ProgressReportData): DocumentModel {
  const title = `Progress report — ${data.workbookName} — ${data.drafted}`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Partnership progress report' },
    p(
      `Report of ${data.drafted}, prepared from the workbook "${data.workbookName}". Amounts are in ${data.baseCurrency}.`,
    ),
    ...goalsSection(data),
    ...milestonesSection(data),
    ...fundingSection(data),
    ...contributionsSection(data),
    ...healthSection(data),
    ...conflictsSection(data),
    ...comingUpSection(data),
  ];
  return { title, blocks };
}

function goalsSection(data: ProgressReportData): Block[] {
  if (data.goals.length === 0) return [h2('Goals and indicators'), p('No goals in Impact yet.')];
  return [
    h2('Goals and indicators'),
    table(
      ['Goal', 'Indicators', 'Mean progress', 'Done', 'On track', 'At risk', 'Off track'],
      data.goals.map((g) => [
        g.goal,
        String(g.indicators),
        percent(g.meanProgress),
        String(g.done),
        String(g.onTrack),
        String(g.atRisk),
        String(g.offTrack),
      ]),
    ),
    table(
      ['Goal', 'Indicator', 'Progress', 'Status', 'Due'],
      data.indicators.map((i) => [i.goal, i.indicator, percent(i.progress), i.status ?? '', i.dueDate]),
    ),
  ];
}

function milestonesSection(data: ProgressReportData): Block[] {
  const rows = (list: ReportMilestone[]) => list.map((m) => [m.milestone, m.responsible, m.dueDate]);
  return [
    h2('Milestones'),
    { kind: 'heading', level: 3, text: `Done (${data.milestonesDone.length})` },
    data.milestonesDone.length > 0
      ? table(['Milestone', 'Responsible', 'Due'], rows(data.milestonesDone))
      : p('No milestone is marked done yet.'),
    { kind: 'heading', level: 3, text: `Overdue (${data.milestonesOverdue.length})` },
    data.milestonesOverdue.length > 0
      ? table(['Milestone', 'Responsible', 'Due'], rows(data.milestonesOverdue))
      : p('No milestone is overdue.'),
  ];
}

function fundingSection(data: ProgressReportData): Block[] {
  const lines = data.funding.filter((l) => l.secured !== 0 || l.pipeline !== 0);
  if (lines.length === 0) return [h2('Funding'), p('No funding secured or in the pipeline yet.')];
  const secured = lines.reduce((s, l) => s + l.secured, 0);
  const pipeline = lines.reduce((s, l) => s + l.pipeline, 0);
  return [
    h2('Funding'),
    p(
      `Secured: ${amount(secured)} ${data.baseCurrency}. In the pipeline (weighted by probability): ${amount(pipeline)} ${data.baseCurrency}.`,
    ),
    table(
      ['Source type', 'Secured', 'Pipeline'],
      [
        ...lines.map((l) => [l.sourceType, amount(l.secured), amount(l.pipeline)]),
        ['Total', amount(secured), amount(pipeline)],
      ],
    ),
  ];
}

function contributionsSection(data: ProgressReportData): Block[] {
  const totals = data.contributions;
  if (!totals || totals.byPartner.length === 0)
    return [h2('Contributions'), p('No contributions recorded yet.')];
  return [
    h2('Contributions'),
    p(`Valued at ${amount(totals.total)} ${data.baseCurrency} in all.`),
    table(
      ['Partner', 'Items', 'Hours', 'Value'],
      totals.byPartner.map((t) => [t.label, String(t.items), amount(t.hours), amount(t.value)]),
    ),
    table(
      ['Type', 'Items', 'Hours', 'Value'],
      totals.byType
        .filter((t) => t.items > 0)
        .map((t) => [t.label, String(t.items), amount(t.hours), amount(t.value)]),
    ),
  ];
}

function healthSection(data: ProgressReportData): Block[] {
  const health = data.health;
  if (!health || health.answers === 0)
    return [h2('Partnership health'), p('No health check answers in Feedback yet.')];
  const mean = (m: number | undefined) => (m === undefined ? '' : m.toFixed(1));
  return [
    h2('Partnership health'),
    p(`From ${health.answers} answers to the health check (1–5; 4 and above is a strength).`),
    table(
      ['Factor', 'Mean', 'Band', 'Answers', 'Flag'],
      health.factors.map((f) => [
        f.factor,
        mean(f.mean),
        f.band ?? '',
        String(f.answers),
        f.disagree ? 'partners disagree' : '',
      ]),
    ),
    table(
      ['Partner', 'Mean', 'Answers'],
      health.partners.map((h) => [h.partner, mean(h.mean), String(h.answers)]),
    ),
  ];
}

function conflictsSection(data: ProgressReportData): Block[] {
  const rows = (list: ReportConflict[], last: 'stage' | 'resolution') =>
    list.map((c) =>
      last === 'stage' ? [c.issue, c.parties, c.stage, c.stageDue] : [c.issue, c.parties, c.resolution],
    );
  return [
    h2('Conflicts'),
    { kind: 'heading', level: 3, text: `Open (${data.openConflicts.length})` },
    data.openConflicts.length > 0
      ? table(['Issue', 'Parties', 'Stage', 'Stage due'], rows(data.openConflicts, 'stage'))
      : p('No open conflict.'),
    { kind: 'heading', level: 3, text: `Resolved (${data.resolvedConflicts.length})` },
    data.resolvedConflicts.length > 0
      ? table(['Issue', 'Parties', 'Resolution'], rows(data.resolvedConflicts, 'resolution'))
      : p('No conflict resolved yet.'),
  ];
}

function comingUpSection(data: ProgressReportData): Block[] {
  if (data.comingUp.length === 0)
    return [h2('Due in the next 30 days'), p('Nothing is due in the next 30 days.')];
  return [
    h2('Due in the next 30 days'),
    p('Deadlines already past come first, with how long they are overdue.'),
    table(
      ['Date', 'What', 'From', 'When'],
      data.comingUp.map((i) => [i.date, i.title, i.tab, i.due]),
    ),
  ];
}
