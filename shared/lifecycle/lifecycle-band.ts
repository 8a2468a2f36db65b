/**
 * The Dashboard's lifecycle blocks, below the partner tiers in columns A–C: partners by
 * readiness (written by checkDueDiligence), conflicts and exit plans (written by refreshDashboard).
 * Each tool owns its block, so neither clears the other's.
 */
import type { Band, Grid } from '../score/dashboard.ts';
import { READINESS, type Readiness } from './due-diligence.ts';

export const LIFECYCLE_BANDS = {
  readiness: { column: 1, row: 13, width: 3, height: 6 },
  conflicts: { column: 1, row: 20, width: 3, height: 5 },
  exitPlans: { column: 1, row: 26, width: 3, height: 4 },
} as const satisfies Record<string, Band>;

/** Partners by due diligence readiness (one per checked row). */
export function readinessBand(readiness: readonly Readiness[]): Grid {
  const rows: Grid = [
    ['Partner readiness (due diligence)', '', ''],
    ['Readiness', 'Partners', ''],
  ];
  for (const level of READINESS) rows.push([level, readiness.filter((r) => r === level).length, '']);
  rows.push(['', '', '']);
  return rows;
}

export interface ConflictCounts {
  open: number;
  overdue: number;
  resolved: number;
}

/** Open conflicts, those past their stage's due date, and resolved ones. */
export function conflictsBand(counts: ConflictCounts): Grid {
  return [
    ['Conflicts', 'Count', ''],
    ['open', counts.open, ''],
    ['open and past Stage Due', counts.overdue, ''],
    ['resolved', counts.resolved, ''],
    ['', '', ''],
  ];
}

/** Exit plans ready and not ready. */
export function exitPlansBand(counts: { ready: number; notReady: number }): Grid {
  return [
    ['Exit plans', 'Count', ''],
    ['ready', counts.ready, ''],
    ['not ready', counts.notReady, ''],
    ['', '', ''],
  ];
}
