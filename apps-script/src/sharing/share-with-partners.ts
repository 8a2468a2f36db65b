/**
 * shareWithPartners (PRODUCT.md "Share with partners (the Partner room)"): partners never get the
 * workbook. The add-on keeps a second spreadsheet, the Partner room, rewritten from the workbook
 * with values only, and gives each partner access to that room alone. Plan → confirm → apply → log.
 */
import { readDate } from '../../../shared/score/dates.ts';
import { grantsFromLog, type PlannedChange, planSharing } from '../../../shared/sharing/plan.ts';
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
import { writeSetting } from '../settings-tab.ts';
import { cell, readTable, type Table } from '../table.ts';
import { requireAdvanced } from './advanced.ts';
import { appendUpdates, findUpdatesTable } from './import-updates.ts';
import { appendLog, describePlan, report } from './plan-text.ts';
import { protectComputed } from './protect.ts';
import { createRoom, findRoom, readRoomAccess, setRoomAccess } from './room-file.ts';
import { type RoomState, readRoomState, roomIsProtected, writeRoom } from './room-sheets.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TITLE = 'Share with partners';
const ROOM_KEY = 'partner room id';
const SURVEY_KEY = 'survey link';

/** Runs the whole flow; returns the summary for the toast, or undefined when there is nothing to say. */
export function shareWithPartnersIn(spreadsheet: Spreadsheet): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const { drive, sheets } = requireAdvanced();
  const stakeholders = readTable(spreadsheet, STAKEHOLDERS);
  const log = readTable(spreadsheet, ACCESS_LOG);
  const settings = readTable(spreadsheet, SETTINGS);
  const updates = findUpdatesTable(spreadsheet);
  const me = Session.getEffectiveUser().getEmail();
  const by = Session.getActiveUser().getEmail() || me;

  const room = findRoom(drive, settingOf(settings, ROOM_KEY));
  const state: RoomState = room ? readRoomState(sheets, room.id) : { sheets: new Map(), values: new Map() };
  const access = room ? readRoomAccess(drive, room.id) : { owner: me, current: {}, permissionIds: {} };
  const toValue = roomValues(spreadsheet);
  const workbookUpdates = updatesSource(updates, toValue);
  const imported = newPartnerUpdates(state.values.get(UPDATES_TAB) ?? [], workbookUpdates);
  const now = new Date();
  const tabs = buildRoomTabs(
    {
      stakeholders,
      actionPlan: optionalTab(spreadsheet, ACTION_PLAN),
      impact: optionalTab(spreadsheet, IMPACT),
      funding: optionalTab(spreadsheet, FUNDING),
      partnerUpdates: { header: [...UPDATE_HEADERS], rows: [...workbookUpdates.rows, ...imported] },
    },
    {
      workbookName: spreadsheet.getName(),
      refreshedAt: `${toValue(now)} ${String(now.toISOString()).slice(11, 16)} UTC`,
      refreshedBy: by,
      surveyLink: settingOf(settings, SURVEY_KEY),
    },
    toValue,
  );
  const plan = planSharing(
    stakeholders.rows.map((row, index) => ({
      row: index + 2,
      name: String(cell(stakeholders, row, 'Name')),
      emails: cell(stakeholders, row, 'Emails'),
      access: cell(stakeholders, row, 'Share Access'),
      status: cell(stakeholders, row, 'Status'),
    })),
    {
      owner: access.owner || me,
      current: access.current,
      granted: grantsFromLog(
        log.rows.map((row) => ({ email: cell(log, row, 'Email'), to: cell(log, row, 'To') })),
      ),
    },
  );
  const roomName = `${spreadsheet.getName()} — Partner room`;
  const contentChanges =
    !room || !roomIsProtected(state) || tabs.some((tab) => !sameTab(tab, state.values.get(tab.name)));
  if (!contentChanges && plan.changes.length === 0 && imported.length === 0) {
    ui.alert(
      TITLE,
      `Nothing to change: the Partner room "${room?.name ?? roomName}" is up to date and its access matches Share Access.${describePlan(plan, true)}`,
      ui.ButtonSet.OK,
    );
    return undefined;
  }
  const question = [
    room ? `Update the Partner room "${room.name}".` : `Create the Partner room "${roomName}" in your Drive.`,
    roomSummary(tabs),
    imported.length > 0 ? `Partner updates to import into this workbook: ${imported.length}.` : '',
    describePlan(plan, false),
    'Apply these changes?',
  ]
    .filter(Boolean)
    .join('\n\n');
  // No toast after NO: the question itself must never appear beside "Nothing was changed.".
  if (ui.alert(TITLE, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return undefined;

  const target = room ?? createRoom(drive, roomName);
  if (!room) writeSetting(spreadsheet, ROOM_KEY, target.id);
  appendUpdates(spreadsheet, updates, imported, now);
  writeRoom(
    sheets,
    target.id,
    tabs,
    room ? state : readRoomState(sheets, target.id),
    access.owner || me,
    !room,
  );
  const message = `${by} shared the Partner room of "${spreadsheet.getName()}" with you: partners, the action plan, shared goals and joint funding. Add your news in its Partner Updates tab.`;
  const done: PlannedChange[] = [];
  const failed: string[] = [];
  for (const change of plan.changes) {
    try {
      setRoomAccess(drive, target.id, change, access.permissionIds[change.email], message);
      done.push(change);
    } catch (error) {
      failed.push(`${change.email}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  appendLog(log, done, by, now);
  protectComputed(spreadsheet, [stakeholders, log]);
  if (failed.length > 0 || plan.invalid.length > 0)
    ui.alert(TITLE, report(done, failed, plan), ui.ButtonSet.OK);
  const changes = `${done.length} access change${done.length === 1 ? '' : 's'}`;
  return `Partner room ${room ? 'updated' : 'created'}: ${changes}, ${imported.length} update${imported.length === 1 ? '' : 's'} imported. ${target.url}`;
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

function roomSummary(tabs: readonly RoomTab[]): string {
  const count = (name: string, one: string, many: string) => {
    const n = tabs.find((t) => t.name === name)?.rows.length ?? 0;
    return `${n} ${n === 1 ? one : many}`;
  };
  return `It will show: ${count('Partners', 'partner', 'partners')}, ${count('Action Plan', 'action plan row', 'action plan rows')}, ${count('Shared Goals', 'shared goal', 'shared goals')}, ${count('Joint Funding', 'joint funding row', 'joint funding rows')} and ${count(UPDATES_TAB, 'partner update', 'partner updates')}. Never ratings, scores, notes, tags, probabilities, settings or health-check answers.`;
}
