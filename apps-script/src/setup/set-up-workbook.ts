/** setUpWorkbook: every tab, header, dropdown, format, highlight, default setting and chart. */
import { TABS } from '../../../shared/workbook-schema.ts';
import { ensureCharts } from '../dashboard.ts';
import { settingsFrom } from '../settings-tab.ts';
import { applyDashboardFormats } from './dashboard-formats.ts';
import { applyColumnFormats } from './formats.ts';
import { applyHeaderNotes } from './header-notes.ts';
import { ensureHeaders, ensureSheet, styleHeader } from './headers.ts';
import { applyHighlights } from './highlights.ts';
import { ensureSettingRows } from './settings-rows.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Makes the workbook match the contract; safe to run again on a workbook full of data. */
export function setUpWorkbookIn(spreadsheet: Spreadsheet): string {
  const created: string[] = [];
  const sheets = TABS.map((schema) => {
    const existed = spreadsheet.getSheetByName(schema.name) !== null;
    if (!existed) created.push(schema.name);
    const sheet = ensureSheet(spreadsheet, schema);
    const header = ensureHeaders(sheet, schema);
    styleHeader(sheet, header.length);
    return { schema, sheet, header };
  });
  const settingsTab = sheets.find((s) => s.schema.name === 'Settings');
  if (settingsTab) ensureSettingRows(settingsTab.sheet, settingsTab.header);
  const settings = settingsTab
    ? settingsFrom(settingsTab.sheet.getDataRange().getValues())
    : settingsFrom([]);
  for (const { schema, sheet, header } of sheets) {
    applyColumnFormats(sheet, schema, header);
    applyHighlights(sheet, schema, header, settings);
    applyHeaderNotes(sheet, schema, header);
  }
  const dashboard = sheets.find((s) => s.schema.name === 'Dashboard')?.sheet;
  if (dashboard) {
    dashboard.getRange(1, 1).setValue('Partnerkit dashboard').setFontWeight('bold').setFontSize(14);
    ensureCharts(dashboard, true);
    applyDashboardFormats(dashboard);
  }
  return created.length > 0
    ? `Workbook set up; added ${created.join(', ')}.`
    : 'Workbook checked: every tab, column and format is in place.';
}
