/** Today in the spreadsheet's time zone, so day counts match what the sheet shows. */
import { type Clock, calendarDay, parseZoneOffset } from '../../shared/score/dates.ts';

/** The clock of a spreadsheet: today and its zone's offset from UTC. */
export function sheetClock(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Clock {
  const now = new Date();
  const zoneOffsetMs = parseZoneOffset(Utilities.formatDate(now, spreadsheet.getSpreadsheetTimeZone(), 'Z'));
  return { today: calendarDay(now, zoneOffsetMs), zoneOffsetMs };
}
