/** Checks and cleans one CSV row of Stakeholders or Funding, keyed by schema header. */
import { isCalendarDate } from './calendar-date.ts';
import { fromCsvField } from './cell-safety.ts';
import { ORGANIZATION_TYPES, SHARE_ACCESS, SOURCE_TYPES, STAGES, STAKEHOLDER_STATUSES } from './model.ts';
import { fail, ok, type Result } from './result.ts';
import { LIST_SEPARATOR, STAKEHOLDER_RATINGS } from './workbook-schema.ts';

/** A cleaned row: text, numbers, or "" for empty cells. */
export type CsvRecord = Record<string, string | number>;
export type RowCheck = (raw: Record<string, unknown>) => Result<CsvRecord>;

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;
const CURRENCY = /^[A-Z]{3}$/;

type FieldCheck = (text: string, header: string) => string | number | Error;

const oneOf =
  (allowed: readonly string[]): FieldCheck =>
  (text, header) => {
    const value = text.toLowerCase();
    return allowed.includes(value)
      ? value
      : new Error(`${header} must be one of ${allowed.join(', ')} (got "${text}")`);
  };

const rating: FieldCheck = (text, header) => {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= 5
    ? value
    : new Error(`${header} must be a whole number from 1 to 5 (got "${text}")`);
};

const amount: FieldCheck = (text, header) => {
  const value = Number(text.replace(/[\s,]/g, ''));
  return Number.isFinite(value) && value >= 0
    ? value
    : new Error(`${header} must be a number ≥ 0 (got "${text}")`);
};

const probability: FieldCheck = (text, header) => {
  const percent = text.endsWith('%');
  const value = Number(text.replace('%', '').trim()) / (percent ? 100 : 1);
  return Number.isFinite(value) && value >= 0 && value <= 1
    ? value
    : new Error(`${header} must be between 0 and 1, or a percentage (got "${text}")`);
};

const pattern =
  (regex: RegExp, what: string, transform = (t: string) => t): FieldCheck =>
  (text, header) => {
    const value = transform(text);
    return regex.test(value) ? value : new Error(`${header} must be ${what} (got "${text}")`);
  };

const emails: FieldCheck = (text, header) => {
  const list = splitList(text);
  const bad = list.filter((email) => !EMAIL.test(email));
  return bad.length
    ? new Error(`${header} has an invalid email: ${bad.join(', ')}`)
    : list.join(LIST_SEPARATOR);
};

const sdgs: FieldCheck = (text, header) => {
  const list = splitList(text).map((item) => Number(item.replace(/^sdg\s*/i, '')));
  const bad = list.some((n) => !Number.isInteger(n) || n < 1 || n > 17);
  return bad
    ? new Error(`${header} must be SDG numbers from 1 to 17 (got "${text}")`)
    : list.join(LIST_SEPARATOR);
};

const list: FieldCheck = (text) => splitList(text).join(LIST_SEPARATOR);

/** Splits a list cell on ";" (and on newlines), dropping empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const STAKEHOLDER_CHECKS: Record<string, FieldCheck> = {
  Type: oneOf(ORGANIZATION_TYPES),
  Emails: emails,
  Phones: list,
  'Focus Areas': list,
  SDGs: sdgs,
  Tags: list,
  'Share Access': oneOf(SHARE_ACCESS),
  Status: oneOf(STAKEHOLDER_STATUSES),
  ...Object.fromEntries(STAKEHOLDER_RATINGS.map((header) => [header, rating])),
};

const FUNDING_CHECKS: Record<string, FieldCheck> = {
  'Source Type': oneOf(SOURCE_TYPES),
  'Amount Min': amount,
  'Amount Max': amount,
  Currency: pattern(CURRENCY, 'an ISO 4217 code such as EUR', (t) => t.toUpperCase()),
  Deadline: (text, header) =>
    isCalendarDate(text) ? text : new Error(`${header} must be a date as YYYY-MM-DD (got "${text}")`),
  Stage: oneOf(STAGES),
  Probability: probability,
  SDGs: sdgs,
  'Joint Partners': list,
  Tags: list,
};

function checkRow(raw: Record<string, unknown>, required: string, checks: Record<string, FieldCheck>) {
  const record: CsvRecord = {};
  const issues: string[] = [];
  for (const [header, value] of Object.entries(raw)) {
    const text = fromCsvField(String(value ?? '').trim());
    const check = checks[header];
    const cleaned = text === '' || !check ? text : check(text, header);
    if (cleaned instanceof Error) issues.push(cleaned.message);
    else record[header] = cleaned;
  }
  if (!record[required]) issues.unshift(`${required} is required`);
  return issues.length ? fail<CsvRecord>(...issues) : ok(record);
}

/** Checks a Stakeholders row: Name required, enums, ratings 1–5, emails, SDGs. */
export const checkStakeholderRow: RowCheck = (raw) => checkRow(raw, 'Name', STAKEHOLDER_CHECKS);

/** Checks a Funding row: Opportunity required, enums, amounts, currency, deadline, probability. */
export const checkFundingRow: RowCheck = (raw) => {
  const result = checkRow(raw, 'Opportunity', FUNDING_CHECKS);
  if (!result.ok) return result;
  const { 'Amount Min': min, 'Amount Max': max } = result.value;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    return fail('Amount Min must not exceed Amount Max');
  }
  return result;
};
