/**
 * checkDueDiligence ("Check partner readiness"): a Due Diligence row for every prospect or active
 * stakeholder that lacks one, each row's Readiness, the stakeholders' Due Diligence column and the
 * Dashboard's readiness block.
 */
import { toCellValue } from '../../../shared/cell-safety.ts';
import {
  type DueDiligenceItem,
  dueDiligenceReadiness,
  partnerKey,
  partnersMissingDueDiligence,
  type Readiness,
} from '../../../shared/lifecycle/due-diligence.ts';
import { LIFECYCLE_BANDS, readinessBand } from '../../../shared/lifecycle/lifecycle-band.ts';
import { DUE_DILIGENCE, DUE_DILIGENCE_ITEMS, STAKEHOLDERS } from '../../../shared/workbook-schema.ts';
import { writeBand } from '../dashboard.ts';
import { cell, isBlankRow, readTable, requireColumn, type Table, writeColumns } from '../table.ts';
import type { ToolContext } from '../tools/context.ts';

/** Adds the missing rows, checks every row and returns the summary line. */
export function runCheckDueDiligence(context: ToolContext, read?: Table): string {
  const checks = read ?? readTable(context.spreadsheet, DUE_DILIGENCE);
  const stakeholders = readTable(context.spreadsheet, STAKEHOLDERS);
  const partnerColumn = requireColumn(checks, 'Partner');
  const added = appendMissing(checks, stakeholders, partnerColumn);
  const results = checks.rows.map((row) =>
    isBlankRow(checks, row) ? undefined : dueDiligenceReadiness(itemsOf(checks, row)),
  );
  writeColumns(
    checks,
    DUE_DILIGENCE.computed,
    results.map((r) => [r?.readiness ?? '', r?.notes ?? '']),
  );
  const byPartner = new Map<string, Readiness>();
  checks.rows.forEach((row, index) => {
    const key = partnerKey(row[partnerColumn]);
    const result = results[index];
    if (key !== '' && result && !byPartner.has(key)) byPartner.set(key, result.readiness);
  });
  if (stakeholders.columns['Due Diligence'] !== undefined)
    writeColumns(
      stakeholders,
      ['Due Diligence'],
      stakeholders.rows.map((row) => [byPartner.get(partnerKey(cell(stakeholders, row, 'Name'))) ?? '']),
    );
  const levels = results.flatMap((r) => (r ? [r.readiness] : []));
  writeBand(context.spreadsheet, LIFECYCLE_BANDS.readiness, readinessBand(levels));
  const flags = levels.filter((l) => l === 'red flag').length;
  const ready = levels.filter((l) => l === 'ready').length;
  const newRows = added > 0 ? ` Added ${added} partner${added === 1 ? '' : 's'} to check.` : '';
  return `Checked ${levels.length} partners: ${ready} ready, ${flags} with a red flag.${newRows}`;
}

function itemsOf(table: Table, row: readonly unknown[]): Partial<Record<DueDiligenceItem, unknown>> {
  const items: Partial<Record<DueDiligenceItem, unknown>> = {};
  for (const item of DUE_DILIGENCE_ITEMS) items[item] = cell(table, row, item);
  return items;
}

// New rows go below the last one in one block; only their Partner cell is filled.
function appendMissing(checks: Table, stakeholders: Table, partnerColumn: number): number {
  const missing = partnersMissingDueDiligence(
    stakeholders.rows.map((row) => ({
      name: cell(stakeholders, row, 'Name'),
      status: cell(stakeholders, row, 'Status'),
    })),
    checks.rows.map((row) => row[partnerColumn]),
  );
  if (missing.length === 0) return 0;
  const width = Math.max(1, checks.header.length);
  const rows = missing.map((name) => {
    const line: unknown[] = Array.from({ length: width }, () => '');
    line[partnerColumn] = toCellValue(name, 'text');
    return line;
  });
  const first = checks.rows.length + 2;
  const last = first + rows.length - 1;
  const maxRows = checks.sheet.getMaxRows();
  if (last > maxRows) checks.sheet.insertRowsAfter(maxRows, last - maxRows);
  checks.sheet.getRange(first, 1, rows.length, width).setValues(rows);
  // The table now holds the rows as a person would read them back.
  for (const name of missing) {
    const line: unknown[] = Array.from({ length: width }, () => '');
    line[partnerColumn] = name;
    checks.rows.push(line);
  }
  return missing.length;
}
