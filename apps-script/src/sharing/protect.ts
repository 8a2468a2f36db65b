/**
 * Protects the computed columns, Settings and Access Log so partners given edit access cannot
 * change scores, rates, the token hash or the record of grants. Full protection (owner only), not
 * warning-only: a warning is one click away from an edit, and Settings holds the token's hash.
 */
import { mapColumns } from '../../../shared/header-map.ts';
import { ACCESS_LOG, FUNDING, IMPACT, SETTINGS, STAKEHOLDERS } from '../../../shared/workbook-schema.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const PREFIX = 'Partnerkit: ';

/** Replaces Partnerkit's protections with fresh ones matching the current columns. */
export function protectComputed(spreadsheet: Spreadsheet): number {
  let count = 0;
  for (const schema of [STAKEHOLDERS, FUNDING, IMPACT]) {
    const sheet = spreadsheet.getSheetByName(schema.name);
    if (!sheet) continue;
    removeOurs(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE));
    const lastColumn = sheet.getLastColumn();
    if (lastColumn === 0) continue;
    const columns = mapColumns(sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [], schema.computed);
    const rows = sheet.getMaxRows();
    for (const header of schema.computed) {
      const column = columns[header];
      if (column === undefined) continue;
      restrict(sheet.getRange(1, column + 1, rows, 1).protect(), `${PREFIX}computed column ${header}`);
      count += 1;
    }
  }
  for (const schema of [SETTINGS, ACCESS_LOG]) {
    const sheet = spreadsheet.getSheetByName(schema.name);
    if (!sheet) continue;
    removeOurs(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET));
    restrict(sheet.protect(), `${PREFIX}${schema.name}`);
    count += 1;
  }
  return count;
}

function removeOurs(protections: Protection[]): void {
  for (const protection of protections)
    if (protection.getDescription().startsWith(PREFIX)) protection.remove();
}

function restrict(protection: Protection, description: string): void {
  protection.setDescription(description);
  protection.addEditor(Session.getEffectiveUser());
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
