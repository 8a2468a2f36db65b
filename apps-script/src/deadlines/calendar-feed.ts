/** doGet with `calendar=KEY`: the workbook's deadlines as an RFC 5545 calendar, or nothing for a wrong key. */
import { writeCalendar } from '../../../shared/deadlines/write-calendar.ts';
import { errorResponse } from '../../../shared/protocol.ts';
import { respond } from '../endpoint/respond.ts';
import { isCalendarKey } from './calendar-key.ts';
import { readDeadlines } from './read-deadlines.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** True when the request asks for the calendar (whatever its key). */
export function asksForCalendar(event?: GoogleAppsScript.Events.DoGet): boolean {
  return event?.parameter?.calendar !== undefined;
}

/** The calendar for a right key; a JSON "unauthorized" answer (no calendar) otherwise. */
export function calendarFeed(spreadsheet: Spreadsheet, key: string): GoogleAppsScript.Content.TextOutput {
  if (!isCalendarKey(spreadsheet, key))
    return respond(errorResponse('unauthorized', 'This calendar address is not valid (any more).'));
  const read = readDeadlines(spreadsheet);
  const calendar = writeCalendar(read.deadlines, {
    now: new Date(),
    name: `Partnerkit deadlines: ${read.workbookName}`,
    linkOf: read.linkOf,
  });
  return ContentService.createTextOutput(calendar).setMimeType(ContentService.MimeType.ICAL);
}
