/** PRODUCT.md "Conflicts": the five-stage resolution protocol and when each stage is due. */
import type { CalendarDate } from '../score/dates.ts';
import { addDays, isBefore } from './calendar-days.ts';

export const CONFLICT_STAGES = [
  '1 Direct conversation',
  '2 Facilitated dialogue',
  '3 Mediation',
  '4 Steering group decision',
  '5 Exit clause',
] as const;

export const CONFLICT_STATUSES = ['open', 'resolved'] as const;

/**
 * The 0-based stage a cell names: "3 Mediation", "3" or "mediation"; a blank stage is the first
 * (every conflict starts with a direct conversation); undefined when unreadable.
 */
export function stageIndex(value: unknown): number | undefined {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (text === '') return 0;
  const number = /^([1-5])(\b|$)/.exec(text);
  if (number) return Number(number[1]) - 1;
  const index = CONFLICT_STAGES.findIndex((stage) => stage.slice(2).toLowerCase() === text);
  return index >= 0 ? index : undefined;
}

/** Raised On + the days of every stage up to and including the current one. */
export function stageDue(
  raisedOn: CalendarDate | undefined,
  stage: unknown,
  stageDays: readonly number[],
): CalendarDate | undefined {
  const index = stageIndex(stage);
  if (!raisedOn || index === undefined) return undefined;
  const days = stageDays.slice(0, index + 1).reduce((sum, d) => sum + d, 0);
  return addDays(raisedOn, days);
}

/** Open unless marked resolved: a conflict nobody closed is still open. */
export function isOpenConflict(status: unknown): boolean {
  return (
    String(status ?? '')
      .trim()
      .toLowerCase() !== 'resolved'
  );
}

/** An open conflict whose current stage is past due. */
export function isOverdueConflict(
  status: unknown,
  due: CalendarDate | undefined,
  today: CalendarDate,
): boolean {
  return isOpenConflict(status) && due !== undefined && isBefore(due, today);
}
