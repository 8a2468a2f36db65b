/**
 * How Sheets reads a value written with setValue/setValues: as if a person typed it. Formulas are
 * kept but never computed (documented choice): a formula the script writes reads back as "" from
 * getValues, while a formula loaded from a workbook keeps the value last computed there (the xlsx
 * caches it), which getValues returns as Sheets returns a computed value.
 */
import { zonedDate } from './dates.ts';

/** What a cell holds: "" when empty. */
export type CellValue = string | number | boolean | Date;

/** A parsed input: its value and, for `=…` input, the formula. */
export interface CellInput {
  value: CellValue;
  formula?: string;
}

/** Sheets' per-cell limit. */
export const MAX_CELL_CHARS = 50_000;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// "$1,000", "-$5": Sheets (en_US) reads a dollar amount as a number with a currency format.
const DOLLARS = /^([+-]?)\$(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;
// "12:30", "12:30:45", "9:05 PM": a clock time, held as a date-time on Sheets' day 0 (1899-12-30).
const CLOCK = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\s*([ap])\.?m\.?)?$/i;

/** True for a Date from any realm (the bundle's dates are not `instanceof` the host's Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Parses one written value the way Sheets does; `plainText` is the `@` number format. */
export function parseInput(raw: unknown, timeZone: string, plainText = false): CellInput {
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : String(raw) };
  if (typeof raw === 'boolean') return { value: raw };
  if (isDate(raw)) return { value: new Date(raw.getTime()) };
  if (typeof raw !== 'string') return parseInput(String(raw), timeZone, plainText);
  if (raw.length > MAX_CELL_CHARS)
    throw new Error('Your input contains more than the maximum of 50000 characters in a single cell.');
  if (plainText) return { value: raw };
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (raw.startsWith('=') && raw.length > 1) return { value: '', formula: raw };
  const value = parseTyped(raw, timeZone);
  // Sheets reads typed "+…" / "-…" that is not a number as a formula ("+1 555" → "=+1 555").
  if (typeof value === 'string' && /^[+-]./.test(value)) return { value: '', formula: `=${value}` };
  return { value };
}

function parseTyped(text: string, timeZone: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (GROUPED_NUMBER.test(trimmed)) return Number(trimmed.replaceAll(',', ''));
  if (PERCENT.test(trimmed)) return Number(trimmed.slice(0, -1)) / 100;
  const dollars = DOLLARS.exec(trimmed);
  if (dollars) return Number(`${dollars[1]}${(dollars[2] ?? '').replaceAll(',', '')}${dollars[3] ?? ''}`);
  const time = parseClock(trimmed, timeZone);
  if (time) return time;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  return parseDate(trimmed, timeZone) ?? text;
}

function parseDate(text: string, timeZone: string): Date | undefined {
  const iso = ISO_DATE.exec(text);
  const us = iso ? null : US_DATE.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : us
      ? [Number(us[3]), Number(us[1]), Number(us[2])]
      : [0, 0, 0];
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return zonedDate(
    year,
    month,
    day,
    Number(iso?.[4] ?? 0),
    Number(iso?.[5] ?? 0),
    Number(iso?.[6] ?? 0),
    timeZone,
  );
}

function parseClock(text: string, timeZone: string): Date | undefined {
  const clock = CLOCK.exec(text);
  if (!clock) return undefined;
  let hours = Number(clock[1]);
  const half = clock[4]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  } else if (hours > 23) return undefined;
  return zonedDate(1899, 12, 30, hours, Number(clock[2]), Number(clock[3] ?? 0), timeZone);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
