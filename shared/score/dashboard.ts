/**
 * The Dashboard's blocks as value grids. Each tool owns one band of columns, so tools never
 * overwrite each other; fixed-size bands let the charts point at fixed ranges.
 */
import type { FundingSummary } from './funding.ts';
import type { GoalProgress } from './impact.ts';
import { TIERS, type Tier } from './partner-score.ts';
import { QUADRANTS, type Quadrant } from './quadrant.ts';
import type { TypeShare } from './type-mix.ts';

export type Grid = (string | number)[][];

export interface Band {
  /** 1-based first column and first row on the Dashboard. */
  column: number;
  row: number;
  width: number;
  /** Rows the band always writes, blanks included, so a shorter result clears a longer one. */
  height: number;
}

export const BANDS = {
  partners: { column: 1, row: 3, width: 3, height: 8 },
  map: { column: 5, row: 3, width: 5, height: 46 },
  funding: { column: 11, row: 3, width: 4, height: 24 },
  impact: { column: 16, row: 3, width: 6, height: 2 + 200 },
} as const satisfies Record<string, Band>;

/** Where the bubble chart's data sits inside the map band (0-based row offset, rows incl. header). */
export const BUBBLE_DATA = { offset: 20, rows: 26 } as const;
/** Where the source-type totals sit inside the funding band (0-based row offset, rows incl. header). */
export const SOURCE_DATA = { offset: 11, rows: 9 } as const;
/** Most goals the impact band lists (and its chart shows); more are summed up in the last row. */
export const MAX_GOALS = 200;

/** Partner tiers: count and share of scored stakeholders per tier. */
export function partnersBand(tiers: readonly (Tier | undefined)[]): Grid {
  const scored = tiers.filter((tier) => tier !== undefined).length;
  const rows: Grid = [
    ['Partner tiers', '', ''],
    ['Tier', 'Stakeholders', 'Share of scored'],
  ];
  for (const tier of TIERS) {
    const count = tiers.filter((t) => t === tier).length;
    rows.push([tier, count, scored === 0 ? 0 : count / scored]);
  }
  rows.push(['Not scored', tiers.length - scored, '']);
  return pad(rows, BANDS.partners);
}

/** Quadrant counts, type mix with its flag, and the bubble chart's data. */
export function mapBand(
  points: readonly { influence?: number; interest?: number; quadrant?: Quadrant }[],
  mix: readonly TypeShare[],
): Grid {
  const rows: Grid = [
    ['Power / interest', '', '', '', ''],
    ['Quadrant', 'Stakeholders', '', '', ''],
  ];
  for (const quadrant of QUADRANTS)
    rows.push([quadrant, points.filter((p) => p.quadrant === quadrant).length, '', '', '']);
  rows.push(['Not rated', points.filter((p) => p.quadrant === undefined).length, '', '', '']);
  rows.push(['', '', '', '', '']);
  rows.push(['Stakeholder types (active)', '', '', '', '']);
  rows.push(['Type', 'Stakeholders', 'Share', 'Flag', '']);
  for (const share of mix)
    rows.push([share.type, share.count, share.share, share.overConcentrated ? 'over-concentrated' : '', '']);
  while (rows.length < BUBBLE_DATA.offset) rows.push(['', '', '', '', '']);
  rows.push(['Label', 'Influence', 'Interest', 'Quadrant', 'Stakeholders']);
  for (let influence = 1; influence <= 5; influence++)
    for (let interest = 1; interest <= 5; interest++) {
      const here = points.filter((p) => p.influence === influence && p.interest === interest);
      if (here.length > 0)
        rows.push([`${influence}×${interest}`, influence, interest, here[0]?.quadrant ?? '', here.length]);
    }
  return pad(rows, BANDS.map);
}

/** Totals by stage and by source type, diversification and the total weighted value. */
export function fundingBand(summary: FundingSummary, baseCurrency: string): Grid {
  const rows: Grid = [
    [`Funding pipeline (${baseCurrency})`, '', '', ''],
    ['Stage', 'Items', 'Amount', 'Weighted Value'],
  ];
  for (const s of summary.byStage) rows.push([s.stage, s.items, s.amount, s.weightedValue]);
  rows.push(['', '', '', '']);
  rows.push(['Source Type', 'Items', 'Weighted Value', 'Share']);
  for (const s of summary.bySource) rows.push([s.sourceType, s.items, s.weightedValue, s.share]);
  rows.push(['', '', '', '']);
  rows.push(['Total weighted value', summary.totalWeighted, '', '']);
  rows.push(['Diversification (1 − HHI)', summary.diversification ?? '', '', '']);
  return pad(rows, BANDS.funding);
}

/** Progress by goal. */
export function impactBand(goals: readonly GoalProgress[]): Grid {
  const rows: Grid = [
    ['Impact by goal', '', '', '', '', ''],
    ['Goal', 'Indicators', 'Mean Progress', 'Done', 'On track', 'At risk / off track'],
  ];
  const listed = goals.length > MAX_GOALS ? goals.slice(0, MAX_GOALS - 1) : goals;
  for (const g of listed)
    rows.push([g.goal, g.indicators, g.meanProgress ?? '', g.done, g.onTrack, g.atRisk + g.offTrack]);
  if (listed.length < goals.length)
    rows.push([`… and ${goals.length - listed.length} more goals`, '', '', '', '', '']);
  return pad(rows, BANDS.impact);
}

function pad(rows: Grid, band: Band): Grid {
  while (rows.length < band.height) rows.push(Array.from({ length: band.width }, () => ''));
  return rows;
}
