/** Reads the Settings tab into settings, and writes one setting. */
import { parseSettings, type Settings } from '../../shared/settings/settings.ts';
import { SETTINGS } from '../../shared/workbook-schema.ts';
import { readTable } from './table.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// Settings is a small tab; its first columns hold Key, Value and notes in any order.
const SETTINGS_COLUMNS = 'A:H';

/** Settings from the tab's Key and Value columns (two calls); defaults when the tab is missing. */
export function readSettings(spreadsheet: Spreadsheet): Settings {
  let values: unknown[][];
  try {
    values = spreadsheet.getRange(`'${SETTINGS.name}'!${SETTINGS_COLUMNS}`).getValues();
  } catch {
    return parseSettings([]);
  }
  return settingsFrom(values);
}

/** Settings from the tab's values (header row first). */
export function settingsFrom(values: unknown[][]): Settings {
  const header = (values[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const key = header.indexOf('key');
  const value = header.indexOf('value');
  if (key < 0 || value < 0) return parseSettings([]);
  return parseSettings(values.slice(1).map((row) => [row[key], row[value]]));
}

/** Sets one key's value, adding the row when the key is new. */
export function writeSetting(spreadsheet: Spreadsheet, key: string, value: string): void {
  const table = readTable(spreadsheet, SETTINGS);
  const keyColumn = table.columns.Key ?? 0;
  const valueColumn = table.columns.Value ?? 1;
  const index = table.rows.findIndex(
    (row) =>
      String(row[keyColumn] ?? '')
        .trim()
        .toLowerCase() === key.toLowerCase(),
  );
  const rowNumber = index >= 0 ? index + 2 : table.rows.length + 2;
  if (index < 0) table.sheet.getRange(rowNumber, keyColumn + 1).setValue(key);
  // Plain-text format keeps the value as typed text (a hex hash made only of digits, or digits
  // around one "e", would otherwise be read as a number). No leading apostrophe: in a cell
  // already formatted as plain text (the hash cell is), Sheets keeps an apostrophe as part of
  // the text, so the stored hash would never match again.
  table.sheet
    .getRange(rowNumber, valueColumn + 1)
    .setNumberFormat('@')
    .setValue(value);
}
