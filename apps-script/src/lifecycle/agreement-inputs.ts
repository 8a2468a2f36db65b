/** Reads the workbook into the agreement's data: each tab once, every cell as plain text. */

import type {
  AgreementAction,
  AgreementContribution,
  AgreementExitPlan,
  AgreementGoal,
} from '../../../shared/documents/agreement-data.ts';
import { isoDay } from '../../../shared/lifecycle/calendar-days.ts';
import { readDate } from '../../../shared/score/dates.ts';
import { ACTION_PLAN, EXIT_PLAN, IMPACT, type TabSchema } from '../../../shared/workbook-schema.ts';
import { cell, isBlankRow, readTable, type Table, tableOf } from '../table.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A cell as text: dates as YYYY-MM-DD in the sheet's zone, everything else as written. */
export function textOf(value: unknown, zoneOffsetMs: number | undefined): string {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const day = readDate(value, zoneOffsetMs);
    return day ? isoDay(day) : '';
  }
  return value === null || value === undefined ? '' : String(value).trim();
}

/** Maps each non-blank row to a record of the given headers' text. */
function recordsOf<K extends string>(
  table: Table,
  fields: Record<K, string>,
  zoneOffsetMs: number | undefined,
): Record<K, string>[] {
  return table.rows
    .filter((row) => !isBlankRow(table, row))
    .map((row) => {
      const record = {} as Record<K, string>;
      for (const key of Object.keys(fields) as K[])
        record[key] = textOf(cell(table, row, fields[key]), zoneOffsetMs);
      return record;
    });
}

const CONTRIBUTIONS: TabSchema = {
  name: 'Contributions',
  headers: ['ID', 'Partner', 'Type', 'Description', 'Value', 'Currency', 'Hours', 'Date', 'Goal', 'Notes'],
  computed: [],
};

export interface AgreementRows {
  goals: AgreementGoal[];
  actions: AgreementAction[];
  contributions?: AgreementContribution[];
  exitPlans: AgreementExitPlan[];
}

/** Impact, Action Plan, Exit Plan and (when the workbook has it) Contributions. */
export function readAgreementRows(spreadsheet: Spreadsheet, zone: number | undefined): AgreementRows {
  const goals = recordsOf(
    readTable(spreadsheet, IMPACT),
    {
      goal: 'Goal',
      indicator: 'Indicator',
      partner: 'Partner',
      unit: 'Unit',
      baseline: 'Baseline',
      target: 'Target',
      dueDate: 'Due Date',
    },
    zone,
  );
  const actions = recordsOf(
    readTable(spreadsheet, ACTION_PLAN),
    {
      milestone: 'Milestone',
      responsible: 'Responsible',
      accountable: 'Accountable',
      consulted: 'Consulted',
      informed: 'Informed',
      dueDate: 'Due Date',
    },
    zone,
  );
  const exitPlans = recordsOf(
    readTable(spreadsheet, EXIT_PLAN),
    {
      partnership: 'Partnership',
      exitTrigger: 'Exit Trigger',
      plannedEnd: 'Planned End',
      handoverTo: 'Handover To',
      continuityFunding: 'Continuity Funding',
      assetsAndData: 'Assets And Data',
      communication: 'Communication',
      owner: 'Owner',
      reviewDate: 'Review Date',
    },
    zone,
  );
  // Contributions come with another part of this wave; the agreement lists them when the tab is there.
  const sheet = spreadsheet.getSheetByName(CONTRIBUTIONS.name);
  const contributions = sheet
    ? recordsOf(
        tableOf(sheet, CONTRIBUTIONS, sheet.getDataRange().getValues()),
        {
          partner: 'Partner',
          type: 'Type',
          description: 'Description',
          value: 'Value',
          currency: 'Currency',
          hours: 'Hours',
        },
        zone,
      )
    : undefined;
  return { goals, actions, exitPlans, ...(contributions ? { contributions } : {}) };
}
