/** getDisplayValues: a cell's value as Sheets shows it under its number format (common formats). */
import { formatDate, wallTime } from './dates.ts';
import type { Cell } from './grid.ts';

/** The displayed text of a cell. */
export function displayValue(cell: Cell | undefined, timeZone: string): string {
  if (!cell || cell.value === '') return '';
  const { value } = cell;
  const format = cell.format?.numberFormat;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return displayDate(value, format, timeZone);
  return displayNumber(value, format);
}

function displayDate(date: Date, format: string | undefined, timeZone: string): string {
  if (format && /[dy]/i.test(format)) return formatDate(date, timeZone, toJavaPattern(format));
  const w = wallTime(date, timeZone);
  const day = `${w.month}/${w.day}/${w.year}`;
  if (w.hour === 0 && w.minute === 0 && w.second === 0) return day;
  return `${day} ${w.hour}:${String(w.minute).padStart(2, '0')}:${String(w.second).padStart(2, '0')}`;
}

// Sheets' date letters (m = month or minute by context) to Java's.
function toJavaPattern(format: string): string {
  return format.replace(/y+|m+|d+|h+|s+|am\/pm/gi, (token, offset: number, whole: string) => {
    const lower = token.toLowerCase();
    if (lower === 'am/pm') return 'a';
    if (lower.startsWith('y')) return 'y'.repeat(token.length);
    if (lower.startsWith('d')) return token.length >= 3 ? 'E'.repeat(token.length) : 'd'.repeat(token.length);
    if (lower.startsWith('h')) return 'H'.repeat(token.length);
    if (lower.startsWith('s')) return 's'.repeat(token.length);
    const before = whole.slice(0, offset);
    const isMinute = /h+\W*$/i.test(before) || /^\W*s/i.test(whole.slice(offset + token.length));
    return isMinute ? 'm'.repeat(token.length) : 'M'.repeat(token.length);
  });
}

function displayNumber(n: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') return String(n);
  const literal = /"([^"]*)"/g;
  const prefix = format.startsWith('"') ? (/^"([^"]*)"/.exec(format)?.[1] ?? '') : '';
  const core = format.replace(literal, '').trim();
  const percent = core.includes('%');
  const decimals = /\.([0#]+)/.exec(core)?.[1]?.length ?? 0;
  const grouped = core.includes(',');
  const shown = percent ? n * 100 : n;
  const text = shown.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return `${prefix}${text}${percent ? '%' : ''}`;
}
