/**
 * The advanced Sheets service, v4 (`Sheets` when the manifest enables it), over the spreadsheets
 * the runtime holds: Spreadsheets.get/batchUpdate and Spreadsheets.Values.get/batchGet/batchUpdate.
 * Under drive.file only spreadsheets this script created are reachable (the bound workbook is
 * not: spreadsheets.currentonly does not cover the Sheets API). A batchUpdate applies all of its
 * requests or none; writes honour protections like the Sheets UI.
 */
import { formatA1, parseA1, quoteSheetName, splitSheetName } from './a1.ts';
import { parseInput } from './cell-input.ts';
import { displayValue } from './display.ts';
import type { Emulates } from './emulates.ts';
import type { Env } from './env.ts';
import type { FakeSheet } from './fake-sheet.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { selectFields } from './field-mask.ts';
import { PROTECTED_MESSAGE } from './protection.ts';
import { applyRequest, type SheetsRequest, spreadsheetResource } from './sheets-requests.ts';
import { loadCharts, loadSheet, snapshotSheet } from './snapshot.ts';
import { APPS_SCRIPT_TYPE, ApiError, type Emulated } from './tracking.ts';

const SHEETS_SCOPES = ['spreadsheets', 'spreadsheets.readonly', 'drive', 'drive.readonly'];
const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

/** The Sheets global's collections. */
export function createSheetsAdvanced(env: Env, bound: () => FakeSpreadsheet): Emulated {
  const open = (rest: string, id: string): FakeSpreadsheet => {
    const spreadsheet =
      env.spreadsheets.get(String(id)) ?? (bound().getId() === String(id) ? bound() : undefined);
    const file = env.drive.find(String(id));
    if (!spreadsheet || !file || file.trashed) throw new ApiError(rest, 'Requested entity was not found.');
    if (!file.createdByApp && !env.scopes.hasAny(SHEETS_SCOPES))
      throw new ApiError(rest, 'The caller does not have permission');
    return spreadsheet;
  };

  const Values = {
    [APPS_SCRIPT_TYPE]: 'Sheets.Spreadsheets.Values',
    get(spreadsheetId: string, range: string, optionalArgs?: object) {
      const spreadsheet = open('sheets.spreadsheets.values.get', spreadsheetId);
      return env.realm.json(
        readRange('sheets.spreadsheets.values.get', spreadsheet, range, args(optionalArgs)),
      );
    },
    batchGet(spreadsheetId: string, optionalArgs?: object) {
      const spreadsheet = open('sheets.spreadsheets.values.batchGet', spreadsheetId);
      const options = args(optionalArgs);
      const ranges = ([] as unknown[]).concat(options.ranges ?? []).map(String);
      return env.realm.json({
        spreadsheetId: spreadsheet.getId(),
        valueRanges: ranges.map((r) =>
          readRange('sheets.spreadsheets.values.batchGet', spreadsheet, r, options),
        ),
      });
    },
    batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest, spreadsheetId: string) {
      const rest = 'sheets.spreadsheets.values.batchUpdate';
      const spreadsheet = open(rest, spreadsheetId);
      const option = resource?.valueInputOption;
      if (option !== 'RAW' && option !== 'USER_ENTERED')
        throw new ApiError(rest, "'valueInputOption' is required but not specified");
      const responses = atomically(spreadsheet, () =>
        (resource.data ?? []).map((d) =>
          writeRange(rest, spreadsheet, String(d.range ?? ''), d.values ?? [], option),
        ),
      );
      const sum = (key: 'updatedRows' | 'updatedColumns' | 'updatedCells') =>
        responses.reduce((n, r) => n + r[key], 0);
      return env.realm.json({
        spreadsheetId: spreadsheet.getId(),
        totalUpdatedRows: sum('updatedRows'),
        totalUpdatedColumns: sum('updatedColumns'),
        totalUpdatedCells: sum('updatedCells'),
        totalUpdatedSheets: new Set(responses.map((r) => r.updatedRange.split('!')[0])).size,
        responses,
      });
    },
  } satisfies Emulated &
    Emulates<
      GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection,
      'get' | 'batchGet' | 'batchUpdate'
    >;

  const Spreadsheets = {
    [APPS_SCRIPT_TYPE]: 'Sheets.Spreadsheets',
    Values,
    get(spreadsheetId: string, optionalArgs?: object) {
      const spreadsheet = open('sheets.spreadsheets.get', spreadsheetId);
      return env.realm.json(selectFields(spreadsheetResource(spreadsheet), args(optionalArgs).fields, '*'));
    },
    batchUpdate(
      resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest,
      spreadsheetId: string,
    ) {
      const rest = 'sheets.spreadsheets.batchUpdate';
      const spreadsheet = open(rest, spreadsheetId);
      const requests = (resource?.requests ?? []) as SheetsRequest[];
      const replies = atomically(spreadsheet, () =>
        requests.map((request, index) => {
          try {
            return applyRequest(spreadsheet, request);
          } catch (error) {
            const kind = Object.keys(request)[0] ?? 'request';
            const message = error instanceof Error ? error.message : String(error);
            throw new ApiError(rest, `Invalid requests[${index}].${kind}: ${message}`);
          }
        }),
      );
      return env.realm.json({ spreadsheetId: spreadsheet.getId(), replies });
    },
  } satisfies Emulated & { Values: Emulated } & Emulates<
      GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection,
      'get' | 'batchUpdate'
    >;

  return { [APPS_SCRIPT_TYPE]: 'Sheets', Spreadsheets } as Emulated;
}

function args(optionalArgs: object | undefined): Record<string, unknown> {
  return (optionalArgs ?? {}) as Record<string, unknown>;
}

/** Runs `apply`; when it throws, the spreadsheet's tabs are put back as they were. */
function atomically<T>(spreadsheet: FakeSpreadsheet, apply: () => T): T {
  const saved = spreadsheet._sheets.map((sheet) => ({ sheet, data: snapshotSheet(sheet) }));
  const active = spreadsheet._active;
  try {
    return apply();
  } catch (error) {
    spreadsheet._sheets = [];
    for (const { data } of saved)
      loadSheet(
        spreadsheet._addSheet(data.name, undefined, data.maxRows, data.maxColumns, data.sheetId),
        data,
      );
    saved.forEach(({ data }, i) => {
      const sheet = spreadsheet._sheets[i];
      if (sheet) loadCharts(spreadsheet, sheet, data.charts ?? []);
    });
    spreadsheet._active = spreadsheet._sheets.find((s) => s.getName() === active?.getName());
    throw error;
  }
}

interface Target {
  sheet: FakeSheet;
  row: number;
  column: number;
  lastRow?: number;
  lastColumn?: number;
}

function target(rest: string, spreadsheet: FakeSpreadsheet, range: string): Target {
  const { sheetName, range: cells } = splitSheetName(range);
  if (sheetName === undefined) {
    // A bare (possibly quoted) sheet name is the whole sheet; bare A1 is on the first sheet.
    const name = /^'.*'$/.test(cells) ? cells.slice(1, -1).replaceAll("''", "'") : cells;
    const whole = spreadsheet.getSheetByName(name);
    if (whole) return { sheet: whole, row: 1, column: 1 };
    const first = spreadsheet._sheets[0];
    const box = parseA1(cells);
    if (first && box) return { sheet: first, ...box };
    throw new ApiError(rest, `Unable to parse range: ${range}`);
  }
  const sheet = spreadsheet.getSheetByName(sheetName);
  const box = parseA1(cells);
  if (!sheet || !box) throw new ApiError(rest, `Unable to parse range: ${range}`);
  return { sheet, ...box };
}

function readRange(
  rest: string,
  spreadsheet: FakeSpreadsheet,
  range: string,
  options: Record<string, unknown>,
) {
  const t = target(rest, spreadsheet, range);
  const grid = t.sheet._grid;
  const lastRow = Math.min(t.lastRow ?? grid.maxRows, grid.maxRows);
  const lastColumn = Math.min(t.lastColumn ?? grid.maxColumns, grid.maxColumns);
  const render = String(options.valueRenderOption ?? 'FORMATTED_VALUE');
  const timeZone = t.sheet._timeZone();
  const rows: unknown[][] = [];
  for (let r = t.row; r <= lastRow; r += 1) {
    const row: unknown[] = [];
    for (let c = t.column; c <= lastColumn; c += 1) {
      const cell = grid.get(r, c);
      if (render === 'FORMULA' && cell?.formula) row.push(cell.formula);
      else if (render === 'FORMATTED_VALUE') row.push(displayValue(cell, timeZone));
      else if (cell?.value instanceof Date && options.dateTimeRenderOption === 'FORMATTED_STRING')
        row.push(displayValue(cell, timeZone));
      else {
        const value = cell?.value ?? '';
        row.push(value instanceof Date ? (value.getTime() - EPOCH_1899) / DAY_MS : value);
      }
    }
    while (row.length > 0 && row.at(-1) === '') row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
  const a1 = `${quoteSheetName(t.sheet.getName())}!${formatA1(t.row, t.column, lastRow - t.row + 1, lastColumn - t.column + 1)}`;
  return rows.length > 0
    ? { range: a1, majorDimension: 'ROWS', values: rows }
    : { range: a1, majorDimension: 'ROWS' };
}

function writeRange(
  rest: string,
  spreadsheet: FakeSpreadsheet,
  range: string,
  values: unknown[][],
  option: 'RAW' | 'USER_ENTERED',
) {
  const t = target(rest, spreadsheet, range);
  const height = values.length;
  const width = Math.max(0, ...values.map((row) => (Array.isArray(row) ? row.length : 0)));
  const single = t.lastRow === t.row && t.lastColumn === t.column;
  if (!single && t.lastRow !== undefined && t.row + height - 1 > t.lastRow)
    throw new ApiError(
      rest,
      `Requested writing within range [${range}], but tried writing to row [${t.row + height}]`,
    );
  if (!single && t.lastColumn !== undefined && t.column + width - 1 > t.lastColumn)
    throw new ApiError(
      rest,
      `Requested writing within range [${range}], but tried writing to column [${t.column + width}]`,
    );
  const sheet = t.sheet;
  const grid = sheet._grid;
  // Unlike values.append, an update past the grid's edge is refused: the tab must be sized first.
  if (t.row + height - 1 > grid.maxRows || t.column + width - 1 > grid.maxColumns)
    throw new ApiError(
      rest,
      `Range (${quoteSheetName(sheet.getName())}!${formatA1(t.row, t.column, height, width)}) exceeds grid limits. Max rows: ${grid.maxRows}, max columns: ${grid.maxColumns}`,
    );
  if (height > 0 && width > 0) {
    try {
      sheet._checkEditable(t.row, t.column, height, width);
    } catch {
      throw new ApiError(rest, PROTECTED_MESSAGE);
    }
  }
  const timeZone = sheet._timeZone();
  let cells = 0;
  values.forEach((row, r) => {
    row.forEach((raw, c) => {
      // null leaves a cell as it is; "" empties it.
      if (raw === null || raw === undefined) return;
      const input =
        option === 'RAW'
          ? { value: typeof raw === 'object' ? String(raw) : (raw as string | number | boolean) }
          : parseInput(raw, timeZone);
      const cell = grid.cell(t.row + r, t.column + c);
      cell.value = input.value;
      if ('formula' in input && input.formula !== undefined) cell.formula = input.formula;
      else delete cell.formula;
      cells += 1;
    });
  });
  return {
    spreadsheetId: spreadsheet.getId(),
    updatedRange: `${quoteSheetName(sheet.getName())}!${formatA1(t.row, t.column, Math.max(height, 1), Math.max(width, 1))}`,
    updatedRows: height,
    updatedColumns: width,
    updatedCells: cells,
  };
}
