/** Requests of Sheets v4 spreadsheets.batchUpdate that the emulator applies, and the Spreadsheet resource. */
import type { FakeSheet } from './fake-sheet.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { FakeProtection } from './protection.ts';

type Schema = {
  GridRange: GoogleAppsScript.Sheets.Schema.GridRange;
  ProtectedRange: GoogleAppsScript.Sheets.Schema.ProtectedRange;
  SheetProperties: GoogleAppsScript.Sheets.Schema.SheetProperties;
};

/** One request of a batchUpdate (one key set). */
export type SheetsRequest = GoogleAppsScript.Sheets.Schema.Request;

/** Applies one request; returns its reply ({} when Sheets replies with nothing). */
export function applyRequest(spreadsheet: FakeSpreadsheet, request: SheetsRequest): Record<string, unknown> {
  const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] != null);
  if (kinds.length !== 1) throw new Error('A request must set exactly one kind.');
  if (request.addSheet)
    return { addSheet: { properties: addSheet(spreadsheet, request.addSheet.properties ?? {}) } };
  if (request.deleteSheet) {
    const sheet = sheetById(spreadsheet, request.deleteSheet.sheetId);
    spreadsheet.deleteSheet(sheet);
    return {};
  }
  if (request.updateSheetProperties) {
    updateSheet(
      spreadsheet,
      request.updateSheetProperties.properties ?? {},
      String(request.updateSheetProperties.fields ?? ''),
    );
    return {};
  }
  if (request.addProtectedRange)
    return {
      addProtectedRange: {
        protectedRange: addProtectedRange(spreadsheet, request.addProtectedRange.protectedRange ?? {}),
      },
    };
  if (request.deleteProtectedRange) {
    const id = Number(request.deleteProtectedRange.protectedRangeId);
    const found = spreadsheet._sheets.flatMap((s) => s.protections).find((p) => p._id === id);
    if (!found) throw new Error(`No protected range with id: ${id}`);
    found.remove();
    return {};
  }
  if (request.updateCells) {
    const fields = String(request.updateCells.fields ?? '');
    if (request.updateCells.rows?.length || !/userEnteredValue|\*/.test(fields))
      throw new Error('Emulator: updateCells only clears values (no rows, fields userEnteredValue)');
    clearValues(spreadsheet, request.updateCells.range ?? {});
    return {};
  }
  throw new Error(`Emulator: the ${kinds[0]} request is not implemented`);
}

function sheetById(spreadsheet: FakeSpreadsheet, id: unknown): FakeSheet {
  const sheet = spreadsheet.getSheetById(Number(id));
  if (!sheet) throw new Error(`No grid with id: ${String(id)}`);
  return sheet;
}

function addSheet(spreadsheet: FakeSpreadsheet, properties: Schema['SheetProperties']) {
  const title = properties.title ?? `Sheet${spreadsheet._sheets.length + 1}`;
  spreadsheet._checkNewName(title);
  const grid = properties.gridProperties ?? {};
  if (properties.sheetId !== undefined && spreadsheet.getSheetById(properties.sheetId))
    throw new Error(`A sheet with the id ${properties.sheetId} already exists.`);
  const sheet = spreadsheet._addSheet(
    title,
    properties.index ?? spreadsheet._sheets.length,
    grid.rowCount ?? 1000,
    grid.columnCount ?? 26,
    properties.sheetId ?? undefined,
  );
  sheet.frozenRows = grid.frozenRowCount ?? 0;
  return sheetProperties(sheet);
}

function updateSheet(spreadsheet: FakeSpreadsheet, properties: Schema['SheetProperties'], fields: string) {
  const sheet = sheetById(spreadsheet, properties.sheetId);
  const wants = (f: string) => fields === '*' || fields.split(',').some((x) => x.trim() === f);
  if (wants('title') && properties.title) {
    spreadsheet._checkNewName(properties.title, sheet);
    sheet.setName(properties.title);
  }
  if (wants('gridProperties.frozenRowCount'))
    sheet.frozenRows = properties.gridProperties?.frozenRowCount ?? 0;
  if (wants('hidden')) sheet.hidden = properties.hidden === true;
}

function box(sheet: FakeSheet, range: Schema['GridRange']) {
  const row = (range.startRowIndex ?? 0) + 1;
  const column = (range.startColumnIndex ?? 0) + 1;
  const lastRow = range.endRowIndex ?? sheet._grid.maxRows;
  const lastColumn = range.endColumnIndex ?? sheet._grid.maxColumns;
  return { row, column, numRows: lastRow - row + 1, numColumns: lastColumn - column + 1 };
}

function isWholeSheet(range: Schema['GridRange']): boolean {
  return (
    range.startRowIndex == null &&
    range.endRowIndex == null &&
    range.startColumnIndex == null &&
    range.endColumnIndex == null
  );
}

function addProtectedRange(spreadsheet: FakeSpreadsheet, protectedRange: Schema['ProtectedRange']) {
  const range = protectedRange.range ?? {};
  const sheet = sheetById(spreadsheet, range.sheetId ?? 0);
  const users = protectedRange.editors?.users ?? [];
  const me = sheet._env.execution.effectiveUser;
  const owner = sheet._env.drive.file(spreadsheet.getId()).owner;
  let protection: FakeProtection;
  if (isWholeSheet(range)) {
    if (sheet.protections.some((p) => p.type === 'SHEET')) throw new Error('The sheet is already protected.');
    protection = new FakeProtection('SHEET', sheet, undefined, [owner, me, ...users]);
  } else {
    const b = box(sheet, range);
    protection = new FakeProtection(
      'RANGE',
      sheet,
      sheet._rangeAt(b.row, b.column, b.numRows, b.numColumns),
      [owner, me, ...users],
    );
  }
  protection.description = protectedRange.description ?? '';
  protection.warningOnly = protectedRange.warningOnly === true;
  protection.domainEdit = protectedRange.editors?.domainUsersCanEdit === true;
  protection.unprotected = (protectedRange.unprotectedRanges ?? []).map((u) => {
    const b = box(sheet, u);
    return sheet._rangeAt(b.row, b.column, b.numRows, b.numColumns);
  });
  sheet.protections.push(protection);
  return protectedRangeResource(protection);
}

function clearValues(spreadsheet: FakeSpreadsheet, range: Schema['GridRange']) {
  const sheet = sheetById(spreadsheet, range.sheetId ?? 0);
  const b = box(sheet, range);
  sheet._checkEditable(b.row, b.column, b.numRows, b.numColumns);
  sheet._grid.forEachCell((cell, row, column) => {
    if (row >= b.row && row < b.row + b.numRows && column >= b.column && column < b.column + b.numColumns) {
      cell.value = '';
      delete cell.formula;
    }
  });
}

function gridRange(
  sheet: FakeSheet,
  r: { row: number; column: number; numRows: number; numColumns: number },
) {
  return {
    sheetId: sheet.sheetId,
    startRowIndex: r.row - 1,
    endRowIndex: r.row - 1 + r.numRows,
    startColumnIndex: r.column - 1,
    endColumnIndex: r.column - 1 + r.numColumns,
  };
}

function protectedRangeResource(p: FakeProtection) {
  const me = p.sheet._env.execution.effectiveUser;
  return {
    protectedRangeId: p._id,
    range: p.range ? gridRange(p.sheet, p.range) : { sheetId: p.sheet.sheetId },
    description: p.description,
    warningOnly: p.warningOnly,
    requestingUserCanEdit: p._allows(me),
    ...(p.unprotected.length > 0
      ? { unprotectedRanges: p.unprotected.map((u) => gridRange(p.sheet, u)) }
      : {}),
    ...(p.warningOnly ? {} : { editors: { users: p.getEditors().map((u) => u.getEmail()) } }),
  };
}

function sheetProperties(sheet: FakeSheet) {
  return {
    sheetId: sheet.sheetId,
    title: sheet.getName(),
    index: sheet.getIndex() - 1,
    sheetType: 'GRID',
    gridProperties: {
      rowCount: sheet._grid.maxRows,
      columnCount: sheet._grid.maxColumns,
      ...(sheet.frozenRows > 0 ? { frozenRowCount: sheet.frozenRows } : {}),
    },
    ...(sheet.hidden ? { hidden: true } : {}),
  };
}

/** The Spreadsheet resource (no grid data). */
export function spreadsheetResource(spreadsheet: FakeSpreadsheet) {
  return {
    spreadsheetId: spreadsheet.getId(),
    properties: {
      title: spreadsheet.getName(),
      locale: 'en_US',
      timeZone: spreadsheet.getSpreadsheetTimeZone(),
    },
    sheets: spreadsheet._sheets.map((sheet) => ({
      properties: sheetProperties(sheet),
      ...(sheet.protections.length > 0
        ? { protectedRanges: sheet.protections.map(protectedRangeResource) }
        : {}),
    })),
    spreadsheetUrl: spreadsheet.getUrl(),
  };
}
