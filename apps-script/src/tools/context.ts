/** What tool runs need, each read at most once and shared when refreshDashboard runs them all. */
import type { Clock } from '../../../shared/score/dates.ts';
import type { Settings } from '../../../shared/settings/settings.ts';
import { sheetClock } from '../clock.ts';
import { requireDashboard } from '../dashboard.ts';
import { readSettings } from '../settings-tab.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ToolContext {
  spreadsheet: Spreadsheet;
  settings(): Settings;
  dashboard(): GoogleAppsScript.Spreadsheet.Sheet;
  clock(): Clock;
}

/** A context that reads Settings, finds the Dashboard and reads the time zone only when asked. */
export function toolContext(spreadsheet: Spreadsheet): ToolContext {
  return {
    spreadsheet,
    settings: once(() => readSettings(spreadsheet)),
    dashboard: once(() => requireDashboard(spreadsheet)),
    clock: once(() => sheetClock(spreadsheet)),
  };
}

function once<T>(read: () => T): () => T {
  let value: { read: T } | undefined;
  return () => {
    value ??= { read: read() };
    return value.read;
  };
}
