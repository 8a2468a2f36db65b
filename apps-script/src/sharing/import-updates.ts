/** Brings rows partners added in the room's Partner Updates into the workbook's tab, once each. */
import { toCellValue } from '../../../shared/cell-safety.ts';
import { columnKind, PARTNER_UPDATES } from '../../../shared/workbook-schema.ts';
import { readTable, type Table } from '../table.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The workbook's Partner Updates tab, or undefined when it has none yet. */
export function findUpdatesTable(spreadsheet: Spreadsheet): Table | undefined {
  return spreadsheet.getSheetByName(PARTNER_UPDATES.name)
    ? readTable(spreadsheet, PARTNER_UPDATES)
    : undefined;
}

/**
 * Appends the rows (Date, Partner, About, Update) with Imported At = now, as text (a partner's
 * "=…" stays text), making the tab when the workbook has none. One write, whatever the count.
 */
export function appendUpdates(
  spreadsheet: Spreadsheet,
  table: Table | undefined,
  rows: readonly string[][],
  now: Date,
): void {
  if (rows.length === 0) return;
  const target = table ?? newUpdatesTable(spreadsheet);
  const width = Math.max(target.header.length, PARTNER_UPDATES.headers.length);
  const block = rows.map(([date = '', partner = '', about = '', update = '']) => {
    const row: unknown[] = Array.from({ length: width }, () => '');
    const values: Record<string, unknown> = {
      Date: date,
      Partner: partner,
      About: about,
      Update: update,
      'Imported At': now,
    };
    for (const [header, value] of Object.entries(values)) {
      const column = target.columns[header];
      if (column !== undefined) row[column] = toCellValue(value, columnKind(PARTNER_UPDATES, header));
    }
    return row;
  });
  const first = target.rows.length + 2;
  const maxRows = target.sheet.getMaxRows();
  const last = first + block.length - 1;
  if (last > maxRows) target.sheet.insertRowsAfter(maxRows, last - maxRows);
  target.sheet.getRange(first, 1, block.length, width).setValues(block);
}

function newUpdatesTable(spreadsheet: Spreadsheet): Table {
  const sheet = spreadsheet.insertSheet(PARTNER_UPDATES.name);
  sheet.getRange(1, 1, 1, PARTNER_UPDATES.headers.length).setValues([[...PARTNER_UPDATES.headers]]);
  sheet.setFrozenRows(1);
  return readTable(spreadsheet, PARTNER_UPDATES);
}
