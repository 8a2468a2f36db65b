/**
 * The Dashboard blocks of the mobilisation plan, the contributions and the health check: fixed
 * bands below the tiers, map and funding bands (columns A–N from row 52), so no tool overwrites
 * another's cells.
 */

import type { HealthSummary } from '../health/health-check.ts';
import type { Band, Grid } from '../score/dashboard.ts';
import type { ContributionTotals } from './contributions.ts';

/** Most partners a block lists; the rest are summed up in its last row. */
export const MAX_LISTED = 40;

export const MOBILISATION_BANDS = {
  plan: { column: 1, row: 52, width: 7, height: 12 },
  contributions: { column: 1, row: 66, width: 4, height: 2 + 9 + 2 + MAX_LISTED + 1 },
  health: { column: 9, row: 52, width: 5, height: 2 + 10 + 2 + MAX_LISTED + 1 },
} as const satisfies Record<string, Band>;

/** Rows of the plan block the chart reads: header and one row per source type. */
export const PLAN_CHART_DATA = { offset: 1, rows: 8 } as const;

export interface PlanLine {
  sourceType: string;
  target: number;
  secured: number;
  pipeline: number;
  gap: number;
  share: number | undefined;
  overConcentrated: boolean;
}

/** The current year's plan by source type, with the concentration flag. */
export function planBand(year: number, baseCurrency: string, lines: readonly PlanLine[]): Grid {
  const rows: Grid = [
    [`Resource mobilisation ${year} (${baseCurrency})`, '', '', '', '', '', ''],
    ['Source Type', 'Target', 'Secured', 'Pipeline', 'Gap', 'Share Of Secured', 'Flag'],
  ];
  for (const l of lines)
    rows.push([
      l.sourceType,
      l.target,
      l.secured,
      l.pipeline,
      l.gap,
      l.share ?? '',
      l.overConcentrated ? 'over-concentrated' : '',
    ]);
  return pad(rows, MOBILISATION_BANDS.plan);
}

/** Contributions by type and by partner, in the base currency. */
export function contributionsBand(totals: ContributionTotals, baseCurrency: string): Grid {
  const rows: Grid = [
    [`Contributions (${baseCurrency})`, '', '', ''],
    ['Type', 'Items', 'Hours', 'Value'],
  ];
  for (const t of totals.byType) rows.push([t.label, t.items, t.hours, t.value]);
  rows.push(['Total', '', '', totals.total]);
  rows.push(['', '', '', '']);
  rows.push(['Partner', 'Items', 'Hours', 'Value']);
  const listed = totals.byPartner.slice(0, MAX_LISTED);
  for (const p of listed) rows.push([p.label, p.items, p.hours, p.value]);
  if (listed.length < totals.byPartner.length)
    rows.push([`… and ${totals.byPartner.length - listed.length} more partners`, '', '', '']);
  return pad(rows, MOBILISATION_BANDS.contributions);
}

/** Per factor mean, band and disagreement, then per partner means. */
export function healthBand(summary: HealthSummary): Grid {
  const rows: Grid = [
    [`Partnership health (${summary.answers} answers)`, '', '', '', ''],
    ['Factor', 'Mean', 'Band', 'Answers', 'Flag'],
  ];
  for (const f of summary.factors)
    rows.push([f.factor, f.mean ?? '', f.band ?? '', f.answers, f.disagree ? 'partners disagree' : '']);
  rows.push(['', '', '', '', '']);
  rows.push(['Partner', 'Mean', 'Answers', '', '']);
  const listed = summary.partners.slice(0, MAX_LISTED);
  for (const p of listed) rows.push([p.partner, p.mean ?? '', p.answers, '', '']);
  if (listed.length < summary.partners.length)
    rows.push([`… and ${summary.partners.length - listed.length} more partners`, '', '', '', '']);
  return pad(rows, MOBILISATION_BANDS.health);
}

function pad(rows: Grid, band: Band): Grid {
  while (rows.length < band.height) rows.push(Array.from({ length: band.width }, () => ''));
  return rows;
}
