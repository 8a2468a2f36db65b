/** scorePartners and buildStakeholderMap: Stakeholders' computed columns and their Dashboard bands. */

import { isoDay } from '../../../shared/lifecycle/calendar-days.ts';
import { nextCheckIn } from '../../../shared/lifecycle/check-ins.ts';
import { BANDS, mapBand, partnersBand } from '../../../shared/score/dashboard.ts';
import { type Clock, readDate } from '../../../shared/score/dates.ts';
import { readRating, scorePartner, type Tier } from '../../../shared/score/partner-score.ts';
import { type Quadrant, quadrantFor } from '../../../shared/score/quadrant.ts';
import { typeMix } from '../../../shared/score/type-mix.ts';
import { CRITERIA, type Criterion, type Settings } from '../../../shared/settings/settings.ts';
import { STAKEHOLDERS } from '../../../shared/workbook-schema.ts';
import { ensureCharts, writeBand } from '../dashboard.ts';
import { cell, isBlankRow, readTable, type Table, writeColumns } from '../table.ts';
import type { ToolContext } from './context.ts';

interface StakeholderFigures {
  blank: boolean;
  score?: number;
  tier?: Tier;
  notes: string;
  quadrant?: Quadrant;
  influence?: number;
  interest?: number;
  type: unknown;
  status: unknown;
  /** YYYY-MM-DD, or "" without Last Contact. */
  nextCheckIn: string;
}

// The clock (the sheet's time zone) is read only when some row has a Last Contact to date from.
function figuresOf(table: Table, settings: Settings, clock: () => Clock): StakeholderFigures[] {
  return table.rows.map((row) => {
    const type = cell(table, row, 'Type');
    const status = cell(table, row, 'Status');
    if (isBlankRow(table, row)) return { blank: true, notes: '', type, status, nextCheckIn: '' };
    const ratings: Partial<Record<Criterion, unknown>> = {};
    for (const criterion of CRITERIA) ratings[criterion] = cell(table, row, criterion);
    const { score, tier, notes } = scorePartner(ratings, settings);
    const influence = readRating(cell(table, row, 'Influence'));
    const interest = readRating(cell(table, row, 'Interest'));
    const quadrant = quadrantFor(influence, interest, settings);
    const contact = cell(table, row, 'Last Contact');
    const lastContact = contact === '' ? undefined : readDate(contact, clock().zoneOffsetMs);
    const next = nextCheckIn(lastContact, tier, status, settings.checkInDays);
    const nextText = next ? isoDay(next) : '';
    return {
      blank: false,
      score,
      tier,
      notes,
      quadrant,
      influence,
      interest,
      type,
      status,
      nextCheckIn: nextText,
    };
  });
}

const FIGURES = ['Score', 'Tier', 'Quadrant', 'Score Notes'];
const CHECK_IN = 'Next Check-in';

// Score, Tier, Quadrant and Score Notes are refreshed together: all four derive from the same
// row, and in the standard layout they form one block, written in one call. Next Check-in is
// written too once setup has added its column (a workbook set up before it still scores).
function writeFigures(table: Table, figures: readonly StakeholderFigures[]): void {
  const withCheckIn = table.columns[CHECK_IN] !== undefined;
  writeColumns(
    table,
    withCheckIn ? [...FIGURES, CHECK_IN] : FIGURES,
    figures.map((f) => [f.score ?? '', f.tier ?? '', f.quadrant ?? '', f.notes, f.nextCheckIn]),
  );
}

function refresh(context: ToolContext): StakeholderFigures[] {
  const table = readTable(context.spreadsheet, STAKEHOLDERS);
  const figures = figuresOf(table, context.settings(), context.clock);
  writeFigures(table, figures);
  return figures.filter((f) => !f.blank);
}

/** Scores every partner and writes the tier counts to the Dashboard; returns the summary line. */
export function runScorePartners(context: ToolContext): string {
  const figures = refresh(context);
  writeBand(context.spreadsheet, BANDS.partners, partnersBand(figures.map((f) => f.tier)));
  const scored = figures.filter((f) => f.score !== undefined).length;
  return `Scored ${scored} of ${figures.length} stakeholders.`;
}

/** Both stakeholder tools over one read, for refreshDashboard. */
export function runStakeholderTools(context: ToolContext): string {
  const figures = refresh(context);
  writeBand(context.spreadsheet, BANDS.partners, partnersBand(figures.map((f) => f.tier)));
  return mapFigures(context, figures, false);
}

/** Places every stakeholder in a quadrant and writes the map, type mix and chart. */
export function runStakeholderMap(context: ToolContext): string {
  return mapFigures(context, refresh(context), true);
}

function mapFigures(context: ToolContext, figures: StakeholderFigures[], withCharts: boolean): string {
  const mix = typeMix(figures, context.settings().concentrationThreshold);
  writeBand(context.spreadsheet, BANDS.map, mapBand(figures, mix));
  if (withCharts) ensureCharts(context.dashboard());
  const flagged = mix.filter((m) => m.overConcentrated).map((m) => m.type);
  const placed = figures.filter((f) => f.quadrant !== undefined).length;
  const warning = flagged.length > 0 ? ` Over-concentrated: ${flagged.join(', ')}.` : '';
  return `Mapped ${placed} of ${figures.length} stakeholders.${warning}`;
}
