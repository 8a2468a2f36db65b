/**
 * Page and CSV text is data, never a formula, and a text column keeps text as written
 * (PRODUCT.md "Rules that hold everywhere"). One rule decides what looks like a formula; the cell
 * and CSV writers both use it.
 */
import type { ColumnKind } from './workbook-schema.ts';

/** Most characters a Google Sheets cell holds, an escape apostrophe included. */
export const SHEETS_CELL_LIMIT = 50_000;
/** Most characters an xlsx cell holds (Excel's limit). */
export const XLSX_CELL_LIMIT = 32_767;

/** Marker appended to text cut at the cell limit, so the cut is visible. */
export const TRUNCATION_MARKER = ' …[truncated]';

// ASCII triggers per OWASP's CSV-injection rule, plus their full-width forms, which some
// spreadsheet programs normalise to ASCII before parsing.
const FORMULA_TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// Whitespace and invisible characters (NBSP, zero-width, bidi controls, BOM) that programs may
// trim or skip before they look for a formula.
const LEADING_INVISIBLE =
  /^[\s\u00A0\u00AD\u061C\u115F\u1160\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFEFF\uFFA0]+/;
// Plain numbers such as "-12" or "3.5" are data, not formulas. A leading "+" is not accepted
// here, so "+15551234567" stays text and keeps its plus.
const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
// Words Sheets reads as booleans in the locales we meet.
const BOOLEAN_WORD = /^(true|false|wahr|falsch|vrai|faux|verdadero|falso|vero|waar|onwaar|verdadeiro)$/i;

/** True when text would be read as a formula by a spreadsheet program. */
export function isFormulaLike(text: string): boolean {
  if (FORMULA_TRIGGER.test(text)) return !PLAIN_NUMBER.test(text);
  const visible = text.replace(LEADING_INVISIBLE, '');
  return visible !== text && FORMULA_TRIGGER.test(visible) && !PLAIN_NUMBER.test(visible);
}

/**
 * True when Sheets could read typed text as something other than that text: a number, date,
 * time, percentage, currency or boolean. Deliberately broad (any digit, or a first character that
 * is not a letter): a needless escape is invisible, a missed one changes what a person wrote.
 */
export function mightReadAsValue(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  return !/^\p{L}/u.test(trimmed) || /\p{N}/u.test(trimmed) || BOOLEAN_WORD.test(trimmed);
}

/** Cuts text to `limit` characters, with a visible marker when it was cut. */
export function truncateText(text: string, limit = SHEETS_CELL_LIMIT): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - TRUNCATION_MARKER.length);
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + TRUNCATION_MARKER;
}

/**
 * The text to write to a cell: escaped with a leading apostrophe when a spreadsheet would read it
 * as a formula (or, in a text column, as a number, date or boolean), and cut with the visible
 * marker so that the text AND its escape fit in `limit` characters (Sheets 50,000; xlsx 32,767).
 */
export function fitCellText(text: string, limit = SHEETS_CELL_LIMIT, kind: ColumnKind = 'text'): string {
  const cut = truncateText(text, limit);
  if (!needsEscape(cut, kind)) return cut;
  return `'${truncateText(text, limit - 1)}`;
}

function needsEscape(text: string, kind: ColumnKind): boolean {
  if (text.startsWith("'") || isFormulaLike(text)) return true;
  return kind === 'text' && mightReadAsValue(text);
}

export type CellValue = string | number | boolean | Date;

/**
 * Turns any value into what may be written with setValues to a column of the given kind: text
 * through fitCellText, numeric text as a number in number columns only, null/undefined as empty.
 */
export function toCellValue(value: unknown, kind: ColumnKind = 'text', limit = SHEETS_CELL_LIMIT): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value;
  const text = Array.isArray(value) ? value.map(String).join('; ') : String(value);
  if (kind === 'number' && PLAIN_NUMBER.test(text.trim())) return Number(text.trim());
  return fitCellText(text, limit, kind);
}

/**
 * Why a value cannot be written to a Sheets cell as it is, or undefined when it can: a last check
 * before a batch write, so one bad value is pinned on its clip instead of failing the batch.
 */
export function cellProblem(value: unknown, limit = SHEETS_CELL_LIMIT): string | undefined {
  if (value === null || value === undefined || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'a number that is not finite';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : undefined;
  if (typeof value !== 'string') return `a value of type ${typeof value}`;
  return value.length > limit ? `text of ${value.length} characters (a cell holds ${limit})` : undefined;
}

/**
 * Turns any value into a CSV field per OWASP's CSV-injection rule: formula-like text (also after
 * leading spaces or invisible characters) gets a leading apostrophe; quoting is left to the writer.
 */
export function toCsvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value instanceof Date) return value.toISOString();
  const text = truncateText(Array.isArray(value) ? value.map(String).join('; ') : String(value));
  return isFormulaLike(text) ? `'${text}` : text;
}

/** Undoes toCsvField's escape on import, so an exported file round-trips to the same text. */
export function fromCsvField(text: string): string {
  return text.startsWith("'") && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
}
