/**
 * Everything shareWithPartners decides before it asks: the workbook's tabs read once, the room
 * found (or not) and read once, the new Partner Updates, the room's tabs and the access plan.
 */
import { readDate } from '../../../shared/score/dates.ts';
import { grantsFromLog, planSharing, type SharingPlan } from '../../../shared/sharing/plan.ts';
import {
  buildRoomTabs,
  newPartnerUpdates,
  type RoomTab,
  type RoomValue,
  type SourceTab,
  sameTab,
  UPDATE_HEADERS,
  UPDATES_TAB,
} from '../../../shared/sharing/room-tabs.ts';
import {
  ACCESS_LOG,
  ACTION_PLAN,
  FUNDING,
  IMPACT,
  SETTINGS,
  STAKEHOLDERS,
  type TabSchema,
} from '../../../shared/workbook-schema.ts';
import { sheetClock } from '../clock.ts';
import { cell, readTable, type Table } from '../table.ts';
import { findUpdatesTable } from './import-updates.ts';
import { findRoom, type RoomAccess, type RoomFile, readRoomAccess } from './room-file.ts';
import { type RoomState, readRoomState, roomIsProtected } from './room-sheets.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Settings key of the room's Drive id. */
export const ROOM_KEY = 'partner room id';
const SURVEY_KEY = 'survey link';

/** One run's reading of the workbook and the room, and what it would change. */
export interface SharingRun {
  stakeholders: Table;
  log: Table;
  updates: Table | undefined;
  /** Who runs it (the Access Log's By) and when. */
  by: string;
  now: Date;
  roomName: string;
  room: RoomFile | undefined;
  state: RoomState;
  access: RoomAccess;
  imported: string[][];
  tabs: RoomTab[];
  plan: SharingPlan;
  /** True when the room is missing, unprotected or shows other values than `tabs`. */
  contentChanges: boolean;
}

/** Reads the workbook and the room and works out the run (no writes). */
export function readSharingRun(
  spreadsheet: Spreadsheet,
  drive: GoogleAppsScript.Drive,
  sheets: GoogleAppsScript.Sheets,
): SharingRun {
  const stakeholders = readTable(spreadsheet, STAKEHOLDERS);
  const log = readTable(spreadsheet, ACCESS_LOG);
  const settings = readTable(spreadsheet, SETTINGS);
  const updates = findUpdatesTable(spreadsheet);
  const me = Session.getEffectiveUser().getEmail();
  const by = Session.getActiveUser().getEmail() || me;
  const room = findRoom(drive, settingOf(settings, ROOM_KEY));
  const state: RoomState = room ? readRoomState(sheets, room.id) : { sheets: new Map(), values: new Map() };
  const access = room ? readRoomAccess(drive, room.id) : { owner: me, current: {}, permissionIds: {} };
  access.owner ||= me;
  const toValue = roomValues(spreadsheet);
  const known = updatesSource(updates, toValue);
  const imported = newPartnerUpdates(state.values.get(UPDATES_TAB) ?? [], known);
  const now = new Date();
  const tabs = buildRoomTabs(
    {
      stakeholders,
      actionPlan: optionalTab(spreadsheet, ACTION_PLAN),
      impact: optionalTab(spreadsheet, IMPACT),
      funding: optionalTab(spreadsheet, FUNDING),
      partnerUpdates: { header: [...UPDATE_HEADERS], rows: [...known.rows, ...imported] },
    },
    {
      workbookName: spreadsheet.getName(),
      refreshedAt: `${toValue(now)} ${now.toISOString().slice(11, 16)} UTC`,
      refreshedBy: by,
      surveyLink: settingOf(settings, SURVEY_KEY),
    },
    toValue,
  );
  const contentChanges =
    !room || !roomIsProtected(state) || tabs.some((tab) => !sameTab(tab, state.values.get(tab.name)));
  const plan = planAccess(stakeholders, log, access);
  const roomName = `${spreadsheet.getName()} — Partner room`;
  return {
    stakeholders,
    log,
    updates,
    by,
    now,
    roomName,
    room,
    state,
    access,
    imported,
    tabs,
    plan,
    contentChanges,
  };
}

function planAccess(stakeholders: Table, log: Table, access: RoomAccess): SharingPlan {
  return planSharing(
    stakeholders.rows.map((row, index) => ({
      row: index + 2,
      name: String(cell(stakeholders, row, 'Name')),
      emails: cell(stakeholders, row, 'Emails'),
      access: cell(stakeholders, row, 'Share Access'),
      status: cell(stakeholders, row, 'Status'),
    })),
    {
      owner: access.owner,
      current: access.current,
      granted: grantsFromLog(
        log.rows.map((row) => ({ email: cell(log, row, 'Email'), to: cell(log, row, 'To') })),
      ),
    },
  );
}

function settingOf(settings: Table, key: string): string {
  const row = settings.rows.find(
    (r) =>
      String(cell(settings, r, 'Key'))
        .trim()
        .toLowerCase() === key,
  );
  return row ? String(cell(settings, row, 'Value')).trim() : '';
}

function optionalTab(spreadsheet: Spreadsheet, schema: TabSchema): SourceTab {
  return spreadsheet.getSheetByName(schema.name) ? readTable(spreadsheet, schema) : { header: [], rows: [] };
}

/** The workbook's Partner Updates in UPDATE_HEADERS order, as the room holds them. */
function updatesSource(table: Table | undefined, toValue: (value: unknown) => RoomValue): SourceTab {
  if (!table) return { header: [...UPDATE_HEADERS], rows: [] };
  const rows = table.rows
    .map((row) => UPDATE_HEADERS.map((h) => toValue(cell(table, row, h))))
    .filter((row) => row.some((v) => String(v).trim() !== ''));
  return { header: [...UPDATE_HEADERS], rows };
}

/** Cell values for the room: dates as YYYY-MM-DD in the workbook's zone, other values as they are. */
function roomValues(spreadsheet: Spreadsheet): (value: unknown) => RoomValue {
  const offset = sheetClock(spreadsheet).zoneOffsetMs;
  return (value) => {
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    if (value instanceof Date) {
      const day = readDate(value, offset);
      return day ? `${day.year}-${pad(day.month)}-${pad(day.day)}` : '';
    }
    return value === null || value === undefined ? '' : String(value);
  };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
