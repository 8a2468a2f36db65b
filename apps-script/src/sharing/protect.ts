/**
 * Protects the computed columns, Settings and Access Log so partners given edit access cannot
 * change scores, rates, the token hash or the record of grants. Full protection (owner only), not
 * warning-only: a warning is one click away from an edit, and Settings holds the token's hash.
 */
import { mapColumns } from '../../../shared/header-map.ts';
import { ACCESS_LOG, FUNDING, IMPACT, SETTINGS, STAKEHOLDERS } from '../../../shared/workbook-schema.ts';
import { readHeader, type Table } from '../table.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

const PREFIX = 'Partnerkit: ';

/**
 * Makes Partnerkit's protections match the current columns: one that still covers its column
 * from the first to the last row is kept; a stale or duplicate one is replaced; a missing one is
 * added. Tables already read (their sheet and header) are reused. Returns how many were added.
 */
export function protectComputed(spreadsheet: Spreadsheet, read: readonly Table[] = []): number {
  let me: User | undefined;
  const protect = (protection: Protection, description: string) => {
    me ??= Session.getEffectiveUser();
    restrict(protection, description, me);
  };
  let added = 0;
  for (const schema of [STAKEHOLDERS, FUNDING, IMPACT]) {
    const known = read.find((table) => table.schema === schema);
    const sheet = known?.sheet ?? spreadsheet.getSheetByName(schema.name);
    if (!sheet) continue;
    const columns = mapColumns(known?.header ?? readHeader(sheet), schema.computed);
    const wanted = new Map<string, number>();
    for (const header of schema.computed) {
      const column = columns[header];
      if (column !== undefined) wanted.set(`${PREFIX}computed column ${header}`, column + 1);
    }
    if (wanted.size === 0) continue;
    const rows = sheet.getMaxRows();
    const kept = keepOurs(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE), (description, p) => {
      const column = wanted.get(description);
      if (column === undefined) return false;
      const range = p.getRange();
      return range.getColumn() === column && range.getNumRows() === rows;
    });
    for (const [description, column] of wanted) {
      if (kept.has(description)) continue;
      protect(sheet.getRange(1, column, rows, 1).protect(), description);
      added += 1;
    }
  }
  for (const schema of [SETTINGS, ACCESS_LOG]) {
    const sheet =
      read.find((table) => table.schema === schema)?.sheet ?? spreadsheet.getSheetByName(schema.name);
    if (!sheet) continue;
    const description = `${PREFIX}${schema.name}`;
    const kept = keepOurs(
      sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
      (d) => d === description,
    );
    if (kept.has(description)) continue;
    protect(sheet.protect(), description);
    added += 1;
  }
  return added;
}

/**
 * Keeps the first of Partnerkit's protections per description that still fits and removes the
 * rest (stale ranges, duplicates, columns no longer computed); returns the kept descriptions.
 */
function keepOurs(
  protections: readonly Protection[],
  fits: (description: string, protection: Protection) => boolean,
): Set<string> {
  const kept = new Set<string>();
  for (const protection of protections) {
    const description = protection.getDescription();
    if (!description.startsWith(PREFIX)) continue;
    if (!kept.has(description) && fits(description, protection)) kept.add(description);
    else protection.remove();
  }
  return kept;
}

function restrict(protection: Protection, description: string, me: User): void {
  protection.setDescription(description);
  protection.addEditor(me);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
