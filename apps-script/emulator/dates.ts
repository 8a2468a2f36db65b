/** Wall-clock time in a named time zone, and Java SimpleDateFormat patterns (Utilities.formatDate). */

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall-clock reading of an instant in a time zone. */
export function wallTime(date: Date, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
export function zoneOffset(date: Date, timeZone: string): number {
  const w = wallTime(date, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant a wall-clock reading denotes in a time zone. */
export function zonedDate(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  timeZone = 'UTC',
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = guess - zoneOffset(new Date(guess), timeZone);
  const second2 = guess - zoneOffset(new Date(first), timeZone);
  return new Date(second2);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offsetText(offsetMs: number, iso: boolean, width: number): string {
  if (iso && offsetMs === 0) return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / 60000;
  const hh = pad(Math.floor(minutes / 60), 2);
  const mm = pad(minutes % 60, 2);
  if (iso) return width === 1 ? `${sign}${hh}` : width === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

function field(letter: string, width: number, date: Date, w: WallTime, offsetMs: number): string {
  switch (letter) {
    case 'y':
      return width === 2 ? pad(w.year % 100, 2) : pad(w.year, width);
    case 'M':
      if (width >= 4) return MONTHS[w.month - 1] ?? '';
      if (width === 3) return (MONTHS[w.month - 1] ?? '').slice(0, 3);
      return pad(w.month, width);
    case 'd':
      return pad(w.day, width);
    case 'H':
      return pad(w.hour, width);
    case 'h':
      return pad(w.hour % 12 || 12, width);
    case 'm':
      return pad(w.minute, width);
    case 's':
      return pad(w.second, width);
    case 'S':
      return pad(date.getTime() % 1000, 3).slice(0, Math.max(width, 3));
    case 'E':
      return width >= 4 ? (DAY_NAMES[w.weekday] ?? '') : (DAY_NAMES[w.weekday] ?? '').slice(0, 3);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'Z':
      return offsetText(offsetMs, false, width);
    case 'X':
      return offsetText(offsetMs, true, width);
    case 'z':
      return offsetMs === 0 ? 'UTC' : `GMT${offsetText(offsetMs, true, 3)}`;
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Formats like Apps Script's Utilities.formatDate (Java SimpleDateFormat letters). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallTime(date, timeZone);
  const offsetMs = zoneOffset(date, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i] ?? '';
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, end === -1 ? pattern.length : end);
      out += literal === '' ? "'" : literal;
      i = end === -1 ? pattern.length : end + 1;
    } else if (/[a-zA-Z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j += 1;
      out += field(ch, j - i, date, w, offsetMs);
      i = j;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}
