/** The lifecycle part of refreshDashboard: readiness, conflicts and exit plans. */
import { CONFLICTS, DUE_DILIGENCE, EXIT_PLAN, type TabSchema } from '../../../shared/workbook-schema.ts';
import { type Table, tableOf } from '../table.ts';
import type { ToolContext } from '../tools/context.ts';
import { runConflicts, runExitPlans } from './conflicts-and-exit.ts';
import { runCheckDueDiligence } from './due-diligence.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TOOLS: { schema: TabSchema; run: (context: ToolContext, table: Table) => string }[] = [
  { schema: DUE_DILIGENCE, run: runCheckDueDiligence },
  { schema: CONFLICTS, run: runConflicts },
  { schema: EXIT_PLAN, run: runExitPlans },
];

/**
 * Runs each lifecycle tool whose tab exists. A workbook set up before these tabs existed still
 * refreshes; the summary says how to add them.
 */
export function runLifecycleTools(context: ToolContext): string {
  const lines: string[] = [];
  const missing: string[] = [];
  for (const { schema, run } of TOOLS) {
    const table = findTable(context.spreadsheet, schema);
    if (table) lines.push(run(context, table));
    else missing.push(schema.name);
  }
  if (missing.length > 0) lines.push(`Run Set up workbook to add ${missing.join(', ')}.`);
  return lines.join(' ');
}

/** The tab read whole (two calls, like readTable), or undefined when there is no such tab. */
function findTable(spreadsheet: Spreadsheet, schema: TabSchema): Table | undefined {
  const sheet = spreadsheet.getSheetByName(schema.name);
  if (!sheet) return undefined;
  let values: unknown[][];
  try {
    values = sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    // A tab without a single cell refuses -1; it reads as an empty table.
    values = [];
  }
  return tableOf(sheet, schema, values);
}
