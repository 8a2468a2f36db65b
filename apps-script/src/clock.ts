/** Today in the spreadsheet's time zone, so day counts match what the sheet shows. */
import { type Clock, calendarDay, parseZoneOffset } from '../../shared/score/dates.ts';
import { zoneOffsetMs } from '../../shared/score/zone-offset.ts';

/** The clock of a spreadsheet: today and its zone's offset from UTC. */
export function sheetClock(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Clock {
  const now = new Date();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const offset = zoneOffsetMs(now, timeZone) ?? parseZoneOffset(Utilities.formatDate(now, timeZone, 'Z'));
  return { today: calendarDay(now, offset), zoneOffsetMs: offset };
}
