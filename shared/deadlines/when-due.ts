/** How far off a deadline is, in words people read in a digest or a list. */
import { type CalendarDate, daysBetween } from '../score/dates.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days from today to the date (negative when overdue). */
export function daysUntil(today: CalendarDate, date: CalendarDate): number {
  return daysBetween(today, date);
}

/** "overdue by 3 days", "today", "tomorrow", "in 7 days". */
export function describeDue(days: number): string {
  if (days < -1) return `overdue by ${-days} days`;
  if (days === -1) return 'overdue by 1 day';
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/** "Fri 14 Mar 2025". */
export function formatLongDate(date: CalendarDate): string {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** The Monday of the date's week (weeks start on Monday, as ISO 8601 has them). */
export function weekStart(date: CalendarDate): CalendarDate {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const back = (utc.getUTCDay() + 6) % 7;
  const monday = new Date(utc.getTime() - back * 86_400_000);
  return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
}
