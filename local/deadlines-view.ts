/**
 * The page's "Coming up" list and the calendar feed's address. The list is computed by the same
 * core as the add-on's calendar (shared/deadlines), from the same tabs, so both name the same
 * deadlines with the same UIDs.
 */
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlDialogRecord, Runtime } from '../apps-script/emulator/index.ts';
import { collectDeadlines, type TabValues } from '../shared/deadlines/collect-deadlines.ts';
import { type ComingUpGroup, comingUp } from '../shared/deadlines/coming-up.ts';
import { DEADLINE_SOURCES } from '../shared/deadlines/deadline-sources.ts';
import { calendarDay } from '../shared/score/dates.ts';
import { zoneOffsetMs } from '../shared/score/zone-offset.ts';

/** What the page shows under "Coming up". */
export interface DeadlinesView {
  /** The calendar's address on 127.0.0.1, or "" before one was made. */
  feedUrl: string;
  groups: ComingUpGroup[];
}

const KEY_FILE = 'calendar-key';
const KEY = /^[A-Za-z0-9_-]{24,}$/;

/** Overdue deadlines and those of the next 30 days, grouped by week, as of `now`. */
export function comingUpOf(runtime: Runtime, now = new Date()): ComingUpGroup[] {
  const spreadsheet = runtime.spreadsheet.fake;
  const offset = zoneOffsetMs(now, spreadsheet.getSpreadsheetTimeZone()) ?? 0;
  const wanted = new Set(DEADLINE_SOURCES.map((source) => source.tab.toLowerCase()));
  const tabs: TabValues[] = spreadsheet._sheets
    .filter((sheet) => wanted.has(sheet.getName().trim().toLowerCase()))
    .map((sheet) => {
      // Values only (no formats or formulas): the page asks for this every few seconds.
      const rows = sheet.getLastRow();
      const columns = sheet.getLastColumn();
      const values = rows && columns ? sheet._rangeAt(1, 1, rows, columns).getValues() : [];
      return { name: sheet.getName(), values };
    });
  const deadlines = collectDeadlines(tabs, {
    zoneOffsetMs: offset,
    uidDomain: `${spreadsheet.getId()}.partnerkit`,
  });
  return comingUp(deadlines, calendarDay(now, offset));
}

/** The feed address a "Deadlines calendar…" dialog showed, if any. */
export function feedUrlFromDialogs(dialogs: readonly HtmlDialogRecord[]): string | undefined {
  for (const dialog of [...dialogs].reverse()) {
    const url = /id="partnerkit-calendar-url">([^<]+)</.exec(dialog.html)?.[1];
    if (url) return url.replace(/&amp;/g, '&');
  }
  return undefined;
}

/** The key of a feed address. */
export function calendarKeyOf(feedUrl: string): string | undefined {
  const key = /[?&]calendar=([A-Za-z0-9_-]+)/.exec(feedUrl)?.[1];
  return key && KEY.test(key) ? key : undefined;
}

/** The calendar key an earlier start kept beside the workbook, if any. */
export function readSavedCalendarKey(dataDir: string): string | undefined {
  try {
    const key = readFileSync(join(dataDir, KEY_FILE), 'utf8').trim();
    return KEY.test(key) ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the key beside the workbook (this user only), so a desktop calendar subscribed to the
 * address keeps working after a restart; the workbook itself holds only its hash.
 */
export function saveCalendarKey(dataDir: string, key: string): void {
  const path = join(dataDir, KEY_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${key}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}
