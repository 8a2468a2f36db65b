/**
 * The Partner room's tabs through the advanced Sheets service: one read of its tabs and values,
 * then one batchUpdate (add missing tabs, size and clear the rest, protect) and one values
 * batchUpdate with valueInputOption RAW, so no partner-facing text can turn into a formula.
 */
import { MIRRORED_TABS, type RoomTab, tabValues, UPDATES_TAB } from '../../../shared/sharing/room-tabs.ts';

type SheetsService = GoogleAppsScript.Sheets;
type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Descriptions of the room's protections, so a rerun finds its own. */
const MIRROR_PROTECTION = 'Partnerkit: mirrored from the workbook (owner only)';
const HEADER_PROTECTION = 'Partnerkit: Partner Updates header (owner only)';

/** One tab of the room as it is now. */
export interface RoomSheet {
  sheetId: number;
  rowCount: number;
  columnCount: number;
  protections: string[];
}

/** The room's tabs by title, and their values (trailing blanks dropped, as the API reads them). */
export interface RoomState {
  sheets: Map<string, RoomSheet>;
  values: Map<string, unknown[][]>;
}

function quote(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** Reads the room in two calls: its tabs with their protections, then every tab's values. */
export function readRoomState(sheets: SheetsService, roomId: string): RoomState {
  const spreadsheet = sheets.Spreadsheets.get(roomId, {
    fields:
      'sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),protectedRanges(description))',
  });
  const state: RoomState = { sheets: new Map(), values: new Map() };
  for (const sheet of spreadsheet.sheets ?? []) {
    const p = sheet.properties ?? {};
    state.sheets.set(p.title ?? '', {
      sheetId: p.sheetId ?? 0,
      rowCount: p.gridProperties?.rowCount ?? 0,
      columnCount: p.gridProperties?.columnCount ?? 0,
      protections: (sheet.protectedRanges ?? []).map((r) => r.description ?? ''),
    });
  }
  const titles = [...state.sheets.keys()];
  if (titles.length === 0) return state;
  // Formulas as written (a partner's "=…" is imported as the text they typed, never its result),
  // numbers unformatted, and dates as they show.
  const read = sheets.Spreadsheets.Values.batchGet(roomId, {
    ranges: titles.map(quote),
    valueRenderOption: 'FORMULA',
    dateTimeRenderOption: 'FORMATTED_STRING',
  });
  (read.valueRanges ?? []).forEach((range, i) => {
    state.values.set(titles[i] ?? '', (range.values ?? []) as unknown[][]);
  });
  return state;
}

/** True when the room's tabs and protections are as `writeRoom` would leave them. */
export function roomIsProtected(state: RoomState): boolean {
  return [...MIRRORED_TABS, UPDATES_TAB].every((title) => {
    const sheet = state.sheets.get(title);
    const wanted = title === UPDATES_TAB ? HEADER_PROTECTION : MIRROR_PROTECTION;
    return sheet?.protections.includes(wanted) === true;
  });
}

/**
 * Rewrites the room's tabs with `tabs` in two calls. `fresh` is a room just created: its default
 * tab goes. The mirrored tabs are protected for the owner alone; in Partner Updates only the header.
 */
export function writeRoom(
  sheets: SheetsService,
  roomId: string,
  tabs: readonly RoomTab[],
  state: RoomState,
  owner: string,
  fresh: boolean,
): void {
  const requests: Request[] = [];
  const used = new Set([...state.sheets.values()].map((s) => s.sheetId));
  let nextId = 1001;
  tabs.forEach((tab, index) => {
    const rows = Math.max(1000, tab.rows.length + 100);
    const columns = Math.max(26, tab.header.length);
    const known = state.sheets.get(tab.name);
    let sheetId: number;
    if (!known) {
      while (used.has(nextId)) nextId += 1;
      sheetId = nextId;
      used.add(sheetId);
      requests.push({
        addSheet: {
          properties: {
            sheetId,
            title: tab.name,
            index,
            gridProperties: { rowCount: rows, columnCount: columns, frozenRowCount: 1 },
          },
        },
      });
    } else {
      sheetId = known.sheetId;
      if (known.rowCount < tab.rows.length + 1 || known.columnCount < tab.header.length)
        requests.push({
          updateSheetProperties: {
            properties: {
              sheetId,
              gridProperties: {
                rowCount: Math.max(known.rowCount, rows),
                columnCount: Math.max(known.columnCount, columns),
              },
            },
            fields: 'gridProperties.rowCount,gridProperties.columnCount',
          },
        });
      requests.push({ updateCells: { range: { sheetId }, fields: 'userEnteredValue' } });
    }
    requests.push(...protectionRequests(tab.name, sheetId, known, owner));
  });
  const defaultTab = fresh ? state.sheets.get('Sheet1') : undefined;
  if (defaultTab) requests.push({ deleteSheet: { sheetId: defaultTab.sheetId } });
  sheets.Spreadsheets.batchUpdate({ requests }, roomId);
  sheets.Spreadsheets.Values.batchUpdate(
    {
      valueInputOption: 'RAW',
      data: tabs.map((tab) => ({ range: `${quote(tab.name)}!A1`, values: tabValues(tab) })),
    },
    roomId,
  );
}

function protectionRequests(
  title: string,
  sheetId: number,
  known: RoomSheet | undefined,
  owner: string,
): Request[] {
  const updates = title === UPDATES_TAB;
  const description = updates ? HEADER_PROTECTION : MIRROR_PROTECTION;
  if (known?.protections.includes(description)) return [];
  const range = updates ? { sheetId, startRowIndex: 0, endRowIndex: 1 } : { sheetId };
  return [
    {
      addProtectedRange: {
        protectedRange: { range, description, warningOnly: false, editors: { users: owner ? [owner] : [] } },
      },
    },
  ];
}
