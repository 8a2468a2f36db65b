/**
 * Page and CSV text is data, never a formula (PRODUCT.md "Rules that hold everywhere").
 * One rule decides what looks like a formula; the cell and CSV writers both use it.
 */
import { MAX_TEXT } from './model.ts';

/** Marker appended to text cut at the cell limit, so the cut is visible. */
export const TRUNCATION_MARKER = ' …[truncated]';

// ASCII triggers per OWASP's CSV-injection rule, plus their full-width forms, which some
// spreadsheet programs normalise to ASCII before parsing.
const FORMULA_TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// Plain numbers such as "-12" or "3.5" are data, not formulas. A leading "+" is not accepted
// here, so "+15551234567" stays text and keeps its plus.
const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** True when text would be read as a formula by a spreadsheet program. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_TRIGGER.test(text) && !PLAIN_NUMBER.test(text);
}

/** Cuts text to the cell limit, with a visible marker when it was cut. */
export function truncateText(text: string, limit = MAX_TEXT): string {
  if (text.length <= limit) return text;
  let end = limit - TRUNCATION_MARKER.length;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + TRUNCATION_MARKER;
}

export type CellValue = string | number | boolean | Date;

/**
 * Turns any value into what may be written to a Sheets cell with setValues: formula-like and
 * apostrophe-led text gets a leading apostrophe (Sheets shows the text as typed), plain numeric
 * strings stay as numbers, long text is cut, and null/undefined become empty.
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean' || value instanceof Date) return value;
  const text = truncateText(Array.isArray(value) ? value.map(String).join('; ') : String(value));
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (isFormulaLike(text) || text.startsWith("'")) return `'${text}`;
  return text;
}

/**
 * Turns any value into a CSV field per OWASP's CSV-injection rule: formula-like text gets a
 * leading apostrophe; quoting is left to the CSV writer.
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
