/** What the page at `/` shows: tabs as displayed text, charts with their data, tools, last run. */
import type { Runtime } from '../apps-script/emulator/index.ts';
import { type ColumnView, columnViews, formulaCells, tabTools } from './tab-columns.ts';

/** A tab as the page shows it. */
export interface TabView {
  name: string;
  hidden: boolean;
  rows: string[][];
  truncated: boolean;
  /** How the page edits each column (see tab-columns.ts). */
  columns: ColumnView[];
  /** "row:column" of cells holding a formula (kept read-only in the page). */
  formulas: string[];
  /** Tools that recompute this tab, offered beside it. */
  tools: string[];
}

/** An embedded chart with its ranges' values side by side. */
export interface ChartView {
  sheet: string;
  type: string;
  title: string;
  rows: (string | number | boolean)[][];
  /** The same cells as the workbook shows them (its number formats: "68%", "1,500"). */
  shown: string[][];
}

/** A menu tool the page offers as a button. */
export interface ToolView {
  name: string;
  label: string;
}

// Enough rows to see a real workbook; the xlsx has everything.
const MAX_ROWS = 1000;

/** Tabs as displayed text, with what the page needs to edit them. */
export function tabViews(runtime: Runtime, available: ReadonlySet<string> = new Set()): TabView[] {
  return runtime.spreadsheet.fake._sheets.map((sheet) => {
    const lastRow = sheet.getLastRow();
    const shown = Math.min(lastRow, MAX_ROWS);
    const range = shown === 0 ? undefined : sheet._rangeAt(1, 1, shown, Math.max(1, sheet.getLastColumn()));
    const rows = range ? range.getDisplayValues() : [];
    return {
      name: sheet.getName(),
      hidden: sheet.isSheetHidden(),
      rows,
      truncated: lastRow > MAX_ROWS,
      columns: columnViews(sheet, rows[0] ?? []),
      formulas: range ? formulaCells(range.getFormulas()) : [],
      tools: tabTools(sheet.getName(), available),
    };
  });
}

function cellOf(value: unknown, display: string): string | number | boolean {
  return typeof value === 'number' || typeof value === 'boolean' ? value : display;
}

/** Every chart with its data (several ranges of equal height are joined column-wise). */
export function chartViews(runtime: Runtime): ChartView[] {
  return runtime.spreadsheet.fake._sheets.flatMap((sheet) =>
    sheet.charts.map((chart) => {
      const displays = chart.settings.ranges.map((range) => range.getDisplayValues());
      const blocks = chart.settings.ranges.map((range, i) => {
        const display = displays[i] ?? [];
        return range.getValues().map((row, r) => row.map((v, c) => cellOf(v, display[r]?.[c] ?? '')));
      });
      const height = Math.max(0, ...blocks.map((b) => b.length));
      const rows = Array.from({ length: height }, (_, r) => blocks.flatMap((b) => b[r] ?? []));
      const shown = Array.from({ length: height }, (_, r) => displays.flatMap((d) => d[r] ?? []));
      const title = chart.settings.options.get('title');
      return {
        sheet: sheet.getName(),
        type: chart.settings.type,
        title: typeof title === 'string' ? title : '',
        rows,
        shown,
      };
    }),
  );
}

/** The add-on menu's items that name a global function of the bundle. */
export function toolViews(runtime: Runtime, available: ReadonlySet<string>): ToolView[] {
  const tools: ToolView[] = [];
  const visit = (items: (typeof runtime.ui.menus)[number]['items']) => {
    for (const item of items) {
      if ('functionName' in item && available.has(item.functionName))
        tools.push({ name: item.functionName, label: item.caption });
      if ('subMenu' in item) visit(item.subMenu.items);
    }
  };
  for (const menu of runtime.ui.menus) visit(menu.items);
  return tools;
}
