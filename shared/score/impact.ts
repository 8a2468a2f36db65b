/** Impact scorecard numbers (PRODUCT.md "Impact"). */
import { toNumber } from '../settings/settings.ts';
import { type Clock, daysBetween, readDate } from './dates.ts';

export interface ImpactInput {
  goal: unknown;
  indicator: unknown;
  unit: unknown;
  baseline: unknown;
  target: unknown;
  actual: unknown;
  startDate: unknown;
  dueDate: unknown;
  owner: unknown;
}

export type ImpactStatus = 'done' | 'on track' | 'at risk' | 'off track';

export interface ImpactFigures {
  progress: number | undefined;
  expected: number | undefined;
  status: ImpactStatus | undefined;
  smartCheck: string;
}

// Keeps 0.5 − 0.10 from landing a hair above 0.4 and turning a boundary into the wrong status.
const EPSILON = 1e-9;

/** Progress, expected progress, status and SMART check of one indicator row. */
export function impactFigures(input: ImpactInput, clock: Clock): ImpactFigures {
  const progress = progressOf(input);
  const expected = expectedOf(input, clock);
  return {
    progress,
    expected,
    status: statusOf(progress, expected),
    smartCheck: smartCheck(input, clock.zoneOffsetMs),
  };
}

/** (Actual − Baseline) / (Target − Baseline); a blank Baseline counts as 0. */
function progressOf(input: ImpactInput): number | undefined {
  const baseline = toNumber(input.baseline) ?? 0;
  const target = toNumber(input.target);
  const actual = toNumber(input.actual);
  if (target === undefined || actual === undefined || target === baseline) return undefined;
  return (actual - baseline) / (target - baseline);
}

/** Share (0–1) of the time from Start Date to Due Date that has passed. */
function expectedOf(input: ImpactInput, clock: Clock): number | undefined {
  const start = readDate(input.startDate, clock.zoneOffsetMs);
  const due = readDate(input.dueDate, clock.zoneOffsetMs);
  const today = clock.today;
  if (!start || !due) return undefined;
  const span = daysBetween(start, due);
  if (span < 0) return undefined;
  if (span === 0) return daysBetween(due, today) >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(start, today) / span));
}

function statusOf(progress: number | undefined, expected: number | undefined): ImpactStatus | undefined {
  if (progress === undefined) return undefined;
  if (progress >= 1 - EPSILON) return 'done';
  if (expected === undefined) return undefined;
  if (progress >= expected - 0.1 - EPSILON) return 'on track';
  if (progress >= expected - 0.25 - EPSILON) return 'at risk';
  return 'off track';
}

/** What the row lacks among indicator, unit, baseline, target, due date and owner; "ok" when nothing. */
export function smartCheck(input: ImpactInput, zoneOffsetMs?: number): string {
  const missing = [
    isBlank(input.indicator) && 'indicator',
    isBlank(input.unit) && 'unit',
    toNumber(input.baseline) === undefined && 'baseline',
    toNumber(input.target) === undefined && 'target',
    readDate(input.dueDate, zoneOffsetMs) === undefined && 'due date',
    isBlank(input.owner) && 'owner',
  ].filter((item): item is string => typeof item === 'string');
  return missing.length === 0 ? 'ok' : `missing: ${missing.join(', ')}`;
}

export interface GoalProgress {
  goal: string;
  indicators: number;
  /** Mean progress of the indicators with one, each capped to 0–1; undefined when none has progress. */
  meanProgress: number | undefined;
  done: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
}

/** Progress by goal, in order of first appearance; rows without a goal are "(no goal)". */
export function progressByGoal(rows: readonly { goal: unknown; figures: ImpactFigures }[]): GoalProgress[] {
  const goals = new Map<string, GoalProgress & { sum: number; withProgress: number }>();
  for (const { goal, figures } of rows) {
    const name = String(goal ?? '').trim() || '(no goal)';
    let entry = goals.get(name);
    if (!entry) {
      entry = {
        goal: name,
        indicators: 0,
        meanProgress: undefined,
        done: 0,
        onTrack: 0,
        atRisk: 0,
        offTrack: 0,
        sum: 0,
        withProgress: 0,
      };
      goals.set(name, entry);
    }
    entry.indicators += 1;
    if (figures.progress !== undefined) {
      entry.sum += Math.min(1, Math.max(0, figures.progress));
      entry.withProgress += 1;
    }
    if (figures.status === 'done') entry.done += 1;
    else if (figures.status === 'on track') entry.onTrack += 1;
    else if (figures.status === 'at risk') entry.atRisk += 1;
    else if (figures.status === 'off track') entry.offTrack += 1;
  }
  return [...goals.values()].map(({ sum, withProgress, ...goal }) => ({
    ...goal,
    meanProgress: withProgress > 0 ? sum / withProgress : undefined,
  }));
}

function isBlank(value: unknown): boolean {
  return String(value ?? '').trim() === '';
}
