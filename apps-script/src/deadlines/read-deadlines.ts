/**
 * The workbook's deadlines: the source tabs found by name (case-insensitive; a missing tab gives
 * none), each read once, and a link to every row. Calls do not grow with rows.
 */
import {
  collectDeadlines,
  type Deadline,
  type TabValues,
} from '../../../shared/deadlines/collect-deadlines.ts';
import { DEADLINE_SOURCES } from '../../../shared/deadlines/deadline-sources.ts';
import type { CalendarDate } from '../../../shared/score/dates.ts';
import { sheetClock } from '../clock.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Deadlines with what the calendar and the digest say around them. */
export interface WorkbookDeadlines {
  deadlines: Deadline[];
  today: CalendarDate;
  workbookName: string;
  workbookUrl: string;
  linkOf: (deadline: Deadline) => string | undefined;
}

/** Reads the source tabs of the spreadsheet into deadlines. */
export function readDeadlines(spreadsheet: Spreadsheet): WorkbookDeadlines {
  const clock = sheetClock(spreadsheet);
  const wanted = new Set(DEADLINE_SOURCES.map((source) => source.tab.toLowerCase()));
  const tabs: TabValues[] = [];
  const sheetIds = new Map<string, number>();
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (!wanted.has(name.trim().toLowerCase())) continue;
    tabs.push({ name, values: readValues(sheet) });
    sheetIds.set(name, sheet.getSheetId());
  }
  const workbookUrl = spreadsheet.getUrl();
  const deadlines = collectDeadlines(tabs, {
    zoneOffsetMs: clock.zoneOffsetMs,
    uidDomain: `${spreadsheet.getId()}.partnerkit`,
  });
  return {
    deadlines,
    today: clock.today,
    workbookName: spreadsheet.getName(),
    workbookUrl,
    linkOf: (deadline) => {
      const gid = sheetIds.get(deadline.tab);
      return workbookUrl && gid !== undefined
        ? `${workbookUrl}#gid=${gid}&range=A${deadline.row}`
        : undefined;
    },
  };
}

// A tab with no cells at all refuses getSheetValues(…, -1, -1): it holds no deadlines.
function readValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    return [];
  }
}
