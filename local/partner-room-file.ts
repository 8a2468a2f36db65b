/**
 * The Partner room of the local workbook: the spreadsheet the add-on's shareWithPartners makes
 * (through the emulated advanced Drive and Sheets services) lives as `partner-room.xlsx` beside the
 * workbook, with the access it records. No email can go out from here: the page says so.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Runtime, ToastRecord } from '../apps-script/emulator/index.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { send } from './http-util.ts';
import { decodeWorkbook } from './xlsx-read.ts';
import { encodeWorkbook } from './xlsx-write.ts';

/** File name of the Partner room beside the workbook. */
export const PARTNER_ROOM_FILE = 'partner-room.xlsx';

const SHARE_TOOL = 'shareWithPartners';

/** Where the page downloads the room (with its session key, like its other data). */
export const PARTNER_ROOM_DOWNLOAD = '/files/partner-room.xlsx';

/** Sends the room file as a download, or 404 when there is none yet. */
export async function sendPartnerRoom(res: ServerResponse, dataDir: string): Promise<void> {
  const path = join(dataDir, PARTNER_ROOM_FILE);
  if (!existsSync(path))
    return send(res, 404, 'No Partner room yet: run Share with partners first.', 'text/plain; charset=utf-8');
  send(res, 200, await readFile(path), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', {
    'Content-Disposition': `attachment; filename="${PARTNER_ROOM_FILE}"`,
    'Cache-Control': 'no-store',
  });
}

/** The Partner room's file in a data folder. */
export class PartnerRoomFile {
  readonly path: string;
  private saved = '';

  constructor(dataDir: string) {
    this.path = join(dataDir, PARTNER_ROOM_FILE);
  }

  /** Puts the room on disk back into the runtime (a room someone edited, e.g. Partner Updates, included). */
  async load(runtime: Runtime): Promise<void> {
    if (!existsSync(this.path)) return;
    const data = await decodeWorkbook(await readFile(this.path), this.path);
    runtime.loadCreatedSpreadsheet(data);
    this.saved = JSON.stringify(runtime.spreadsheetById(data.id)?.snapshot());
  }

  /** Runs before a tool: the sharing tool reads the room as it is on disk now. */
  async beforeTool(runtime: Runtime, tool: string): Promise<void> {
    if (tool === SHARE_TOOL) await this.load(runtime);
  }

  /**
   * Writes the room when the tool changed it; after the sharing tool, returns a note saying where
   * the room is and that invitations were recorded, not emailed.
   */
  async afterTool(runtime: Runtime, tool: string, invitedBefore: number): Promise<ToastRecord | undefined> {
    const room = runtime.spreadsheetById(roomIdOf(runtime));
    if (!room) return undefined;
    const data = room.snapshot();
    const text = JSON.stringify(data);
    const written = text !== this.saved;
    if (written) {
      await writeFileAtomic(this.path, await encodeWorkbook(data));
      this.saved = text;
    }
    // A question not (yet) answered yes: the page asks it; nothing was done to say anything about.
    const declined = runtime.ui.alerts.some((a) => a.buttons === 'YES_NO' && a.answer.button !== 'YES');
    if (tool !== SHARE_TOOL || declined) return undefined;
    const invited = runtime.drive.notifications.slice(invitedBefore).map((n) => n.to);
    const invitations =
      invited.length > 0
        ? `Access for ${invited.join(', ')} is recorded in the room file and in Access Log, but no invitation email can go out from the local workbook: send partners the file yourself.`
        : 'No email can go out from the local workbook: share the file with partners yourself.';
    return {
      title: 'Partner room',
      message: `The Partner room is the file ${this.path}${written ? ' (written now)' : ' (unchanged)'}: values only, never your ratings, notes or settings. ${invitations}`,
      timeoutSeconds: -1,
    };
  }
}

// The room is the spreadsheet whose id the workbook keeps in Settings (`partner room id`).
function roomIdOf(runtime: Runtime): string {
  const settings = runtime.spreadsheet.values('Settings') ?? [];
  const header = (settings[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const key = header.indexOf('key');
  const value = header.indexOf('value');
  const row = settings.find(
    (r) =>
      String(r[key] ?? '')
        .trim()
        .toLowerCase() === 'partner room id',
  );
  return row ? String(row[value] ?? '').trim() : '';
}
