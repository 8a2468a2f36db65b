/** Calendar dates from cells: Date values (read in the sheet's zone) or "YYYY-MM-DD" text. */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Today in the sheet's zone, and that zone's offset for reading date cells. */
export interface Clock {
  today: CalendarDate;
  zoneOffsetMs?: number;
}

const DAY_MS = 86_400_000;

// A date cell is midnight in the sheet's zone; the slack absorbs a daylight-saving hour between
// the offset measured today and the one on that date.
const DATE_CELL_SLACK_MS = 2 * 3_600_000;

/**
 * The calendar day of a cell value, or undefined when it is not a date. `zoneOffsetMs` is how far
 * the sheet's clock is ahead of UTC; without it the runtime's own zone is used.
 */
export function readDate(value: unknown, zoneOffsetMs?: number): CalendarDate | undefined {
  if (typeof value === 'string') return readDateText(value);
  if (!(value instanceof Date) && Object.prototype.toString.call(value) !== '[object Date]') return undefined;
  const date = value as Date;
  if (Number.isNaN(date.getTime())) return undefined;
  if (zoneOffsetMs === undefined)
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  return dayOf(date.getTime() + zoneOffsetMs + DATE_CELL_SLACK_MS);
}

// Columns of dates repeat the same few texts; parsing each once keeps 50,000 rows fast.
const parsedTexts = new Map<string, CalendarDate | undefined>();

function readDateText(text: string): CalendarDate | undefined {
  if (parsedTexts.has(text)) return parsedTexts.get(text);
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(text);
  let date: CalendarDate | undefined;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day) date = { year, month, day };
  }
  if (parsedTexts.size > 10_000) parsedTexts.clear();
  parsedTexts.set(text, date);
  return date;
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / DAY_MS);
}

/** Today's calendar day on a clock `zoneOffsetMs` ahead of UTC. */
export function calendarDay(now: Date, zoneOffsetMs: number): CalendarDate {
  return dayOf(now.getTime() + zoneOffsetMs);
}

function dayOf(shiftedMs: number): CalendarDate {
  const date = new Date(Math.floor(shiftedMs / DAY_MS) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Parses a "+0100" / "-0530" zone offset (Utilities.formatDate pattern "Z") into milliseconds. */
export function parseZoneOffset(text: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}
