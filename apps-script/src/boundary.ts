/** The one error boundary of every menu tool: catch, log with context, show one clear message. */
import { messageOf } from './errors.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TITLE = 'Partnerkit';

/** Runs a tool on the active spreadsheet; its summary (if any) is shown as a toast. */
export function runTool(name: string, tool: (spreadsheet: Spreadsheet) => string | undefined): void {
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const summary = tool(spreadsheet);
    if (summary) spreadsheet.toast(summary, TITLE, 8);
  } catch (error) {
    console.error(
      `Partnerkit ${name} failed:`,
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    showAlert(messageOf(error, name));
  }
}

/** Shows a message in an alert; logs it when there is no UI (e.g. run from the editor). */
export function showAlert(message: string): void {
  try {
    SpreadsheetApp.getUi().alert(TITLE, message, SpreadsheetApp.getUi().ButtonSet.OK);
  } catch {
    console.error(`Partnerkit: ${message}`);
  }
}

/** Shows progress of a long run. */
export function showProgress(spreadsheet: Spreadsheet, message: string): void {
  spreadsheet.toast(message, TITLE, -1);
}
