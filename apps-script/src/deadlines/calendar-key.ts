/**
 * The read-only calendar key: random like the Clipper token, kept in Settings only as its hash,
 * so a leaked workbook copy cannot be turned into a feed address. A new key replaces the old.
 */
import { hashToken, isAuthorised, newToken } from '../endpoint/token.ts';
import { writeSetting } from '../settings-tab.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Settings key of the calendar key's hash. */
export const CALENDAR_KEY_HASH = 'calendar key hash';

/** Makes a new key, keeps its hash (the old key stops working) and returns the key. */
export function replaceCalendarKey(spreadsheet: Spreadsheet): string {
  const key = newToken();
  writeSetting(spreadsheet, CALENDAR_KEY_HASH, hashToken(key));
  return key;
}

/** True when the key is the current one; never without a key, nor when none was made. */
export function isCalendarKey(spreadsheet: Spreadsheet, key: string): boolean {
  return isAuthorised(key, storedHash(spreadsheet));
}

// Settings is small: its first columns hold Key and Value in any order.
function storedHash(spreadsheet: Spreadsheet): string {
  const sheet = spreadsheet.getSheetByName('Settings');
  if (!sheet) return '';
  const values = sheet.getRange('A:H').getValues();
  const header = (values[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const key = header.indexOf('key');
  const value = header.indexOf('value');
  if (key < 0 || value < 0) return '';
  const row = values.find((r, i) => i > 0 && String(r[key]).trim().toLowerCase() === CALENDAR_KEY_HASH);
  return row
    ? String(row[value] ?? '')
        .trim()
        .toLowerCase()
    : '';
}
