/** What every tool run needs, read once and shared when refreshDashboard runs them all. */
import type { Clock } from '../../../shared/score/dates.ts';
import type { Settings } from '../../../shared/settings/settings.ts';
import { sheetClock } from '../clock.ts';
import { requireDashboard } from '../dashboard.ts';
import { readSettings } from '../settings-tab.ts';

export interface ToolContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: Settings;
  dashboard: GoogleAppsScript.Spreadsheet.Sheet;
  clock(): Clock;
}

/** Reads Settings and finds the Dashboard; the clock is read only by tools that need dates. */
export function toolContext(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ToolContext {
  let clock: Clock | undefined;
  return {
    spreadsheet,
    settings: readSettings(spreadsheet),
    dashboard: requireDashboard(spreadsheet),
    clock: () => {
      clock ??= sheetClock(spreadsheet);
      return clock;
    },
  };
}
