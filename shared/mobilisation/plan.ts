/** The resource mobilisation plan (PRODUCT.md "Contributions and mobilisation"). */
import { SOURCE_TYPES } from '../model.ts';
import { type Clock, readDate } from '../score/dates.ts';
import { type FundingFigures, type FundingInput, fundingFigures } from '../score/funding.ts';
import { type Settings, toNumber } from '../settings/settings.ts';

/** Stages whose Weighted Value counts as pipeline. */
const OPEN_STAGES = ['prospect', 'researching', 'drafting', 'submitted'];

/** One Funding row as the plan sees it: its figures and the year its deadline falls in. */
export interface PlannedFunding {
  figures: FundingFigures;
  /** Year of the Deadline; undefined when there is none (or it is unreadable). */
  year: number | undefined;
}

/** The cells of a Mobilisation Plan row the figures depend on. */
export interface PlanRowInput {
  sourceType: unknown;
  period: unknown;
  target: unknown;
}

/** The computed columns of one plan row; undefined leaves the cell blank. */
export interface PlanFigures {
  secured: number;
  pipeline: number;
  /** Undefined without a Target. */
  gap: number | undefined;
  shareOfSecured: number | undefined;
  /** True when the share is above the Settings' max share per source type. */
  overConcentrated: boolean;
}

/** Funding rows with their figures (reusing the funding tracker's) and deadline year. */
export function planFunding(
  rows: readonly FundingInput[],
  settings: Settings,
  clock: Clock,
): PlannedFunding[] {
  return rows.map((row) => ({
    figures: fundingFigures(row, settings, clock),
    year: readDate(row.deadline, clock.zoneOffsetMs)?.year,
  }));
}

/** A period cell as a year (2026 or "2026"); undefined when it is not one. */
export function readPeriod(value: unknown): number | undefined {
  const number = toNumber(typeof value === 'string' ? value.trim() : value);
  return number !== undefined && Number.isInteger(number) && number >= 1900 && number <= 9999
    ? number
    : undefined;
}

/**
 * Secured, Pipeline, Gap and Share Of Secured of each plan row. A Funding row without a deadline
 * counts in the current year only, so an undated award is never counted in two periods.
 */
export function planFigures(
  rows: readonly PlanRowInput[],
  funding: readonly PlannedFunding[],
  currentYear: number,
  maxShare: number,
): (PlanFigures | undefined)[] {
  const periodOf = (f: PlannedFunding) => f.year ?? currentYear;
  const securedIn = (year: number, type?: string) =>
    sum(
      funding.filter(
        (f) =>
          f.figures.stage === 'awarded' && periodOf(f) === year && (!type || f.figures.sourceType === type),
      ),
      (f) => f.figures.amount,
    );
  return rows.map((row) => {
    const year = readPeriod(row.period);
    const type = readPlanSourceType(row.sourceType);
    if (year === undefined || type === undefined) return undefined;
    const secured = securedIn(year, type);
    const pipeline = sum(
      funding.filter(
        (f) =>
          OPEN_STAGES.includes(f.figures.stage ?? '') &&
          periodOf(f) === year &&
          f.figures.sourceType === type,
      ),
      (f) => f.figures.weightedValue,
    );
    const target = toNumber(row.target);
    const all = securedIn(year);
    const shareOfSecured = all > 0 ? secured / all : undefined;
    return {
      secured,
      pipeline,
      gap: target === undefined ? undefined : roundCents(Math.max(0, target - secured - pipeline)),
      shareOfSecured,
      overConcentrated: shareOfSecured !== undefined && shareOfSecured > maxShare,
    };
  });
}

/** The source types that have no plan row for the year, in the model's order. */
export function missingPlanRows(rows: readonly PlanRowInput[], year: number): string[] {
  const present = new Set(
    rows.filter((row) => readPeriod(row.period) === year).map((row) => readPlanSourceType(row.sourceType)),
  );
  return SOURCE_TYPES.filter((type) => !present.has(type));
}

/** A Source Type cell as one of the model's source types. */
export function readPlanSourceType(value: unknown): string | undefined {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  return SOURCE_TYPES.find((type) => type === text);
}

function sum<T>(items: readonly T[], value: (item: T) => number | undefined): number {
  return roundCents(items.reduce((total, item) => total + (value(item) ?? 0), 0));
}

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
