/** Calendar-day arithmetic for the lifecycle dates (check-ins, stage due dates). */
import type { CalendarDate } from '../score/dates.ts';

const DAY_MS = 86_400_000;

/** The calendar day `days` after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** "YYYY-MM-DD", which Sheets reads as that date when written. */
export function isoDay(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** True when `date` is before `today`. */
export function isBefore(date: CalendarDate, today: CalendarDate): boolean {
  return isoDay(date) < isoDay(today);
}
