/**
 * shareWithPartners (PRODUCT.md "Share with partners (the Partner room)"): partners never get the
 * workbook. The add-on keeps a second spreadsheet, the Partner room, rewritten from the workbook
 * with values only, and gives each partner access to that room alone. Plan → confirm → apply → log.
 */
import type { PlannedChange } from '../../../shared/sharing/plan.ts';
import type { RoomTab } from '../../../shared/sharing/room-tabs.ts';
import { UPDATES_TAB } from '../../../shared/sharing/room-tabs.ts';
import { writeSetting } from '../settings-tab.ts';
import { requireAdvanced } from './advanced.ts';
import { appendUpdates } from './import-updates.ts';
import { appendLog, describePlan, report } from './plan-text.ts';
import { protectComputed } from './protect.ts';
import { createRoom, type RoomFile, setRoomAccess } from './room-file.ts';
import { readRoomState, writeRoom } from './room-sheets.ts';
import { ROOM_KEY, readSharingRun, type SharingRun } from './sharing-run.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TITLE = 'Share with partners';

/** Runs the whole flow; returns the summary for the toast, or undefined when there is nothing to say. */
export function shareWithPartnersIn(spreadsheet: Spreadsheet): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const { drive, sheets } = requireAdvanced();
  const run = readSharingRun(spreadsheet, drive, sheets);
  if (!run.contentChanges && run.plan.changes.length === 0 && run.imported.length === 0) {
    const name = run.room?.name ?? run.roomName;
    const text = `Nothing to change: the Partner room "${name}" is up to date and its access matches Share Access.`;
    ui.alert(TITLE, text + describePlan(run.plan, true), ui.ButtonSet.OK);
    return undefined;
  }
  // No toast after NO: the question itself must never appear beside "Nothing was changed.".
  if (ui.alert(TITLE, questionOf(run), ui.ButtonSet.YES_NO) !== ui.Button.YES) return undefined;

  const room = run.room ?? createRoom(drive, run.roomName);
  if (!run.room) writeSetting(spreadsheet, ROOM_KEY, room.id);
  appendUpdates(spreadsheet, run.updates, run.imported, run.now);
  const state = run.room ? run.state : readRoomState(sheets, room.id);
  writeRoom(sheets, room.id, run.tabs, state, run.access.owner, !run.room);
  const { done, failed } = grantAccess(drive, room, run, spreadsheet.getName());
  appendLog(run.log, done, run.by, run.now);
  protectComputed(spreadsheet, [run.stakeholders, run.log]);
  if (failed.length > 0 || run.plan.invalid.length > 0)
    ui.alert(TITLE, report(done, failed, run.plan), ui.ButtonSet.OK);
  const changes = plural(done.length, 'access change', 'access changes');
  const imported = plural(run.imported.length, 'update', 'updates');
  return `Partner room ${run.room ? 'updated' : 'created'}: ${changes}, ${imported} imported. ${room.url}`;
}

function questionOf(run: SharingRun): string {
  return [
    run.room
      ? `Update the Partner room "${run.room.name}".`
      : `Create the Partner room "${run.roomName}" in your Drive.`,
    roomSummary(run.tabs),
    run.imported.length > 0 ? `Partner updates to import into this workbook: ${run.imported.length}.` : '',
    describePlan(run.plan, false),
    'Apply these changes?',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Applies the access plan on the room; a change Drive refuses is reported, the others go on. */
function grantAccess(
  drive: GoogleAppsScript.Drive,
  room: RoomFile,
  run: SharingRun,
  workbookName: string,
): { done: PlannedChange[]; failed: string[] } {
  const message = `${run.by} shared the Partner room of "${workbookName}" with you: partners, the action plan, shared goals and joint funding. Add your news in its Partner Updates tab.`;
  const done: PlannedChange[] = [];
  const failed: string[] = [];
  for (const change of run.plan.changes) {
    try {
      setRoomAccess(drive, room.id, change, run.access.permissionIds[change.email], message);
      done.push(change);
    } catch (error) {
      failed.push(`${change.email}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { done, failed };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function roomSummary(tabs: readonly RoomTab[]): string {
  const count = (name: string, one: string, many: string) =>
    plural(tabs.find((t) => t.name === name)?.rows.length ?? 0, one, many);
  return `It will show: ${count('Partners', 'partner', 'partners')}, ${count('Action Plan', 'action plan row', 'action plan rows')}, ${count('Shared Goals', 'shared goal', 'shared goals')}, ${count('Joint Funding', 'joint funding row', 'joint funding rows')} and ${count(UPDATES_TAB, 'partner update', 'partner updates')}. Never ratings, scores, notes, tags, probabilities, settings or health-check answers.`;
}
