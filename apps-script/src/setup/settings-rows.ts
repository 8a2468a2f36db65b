/** The Settings tab's documented defaults: adds the keys it lacks, never changes a value. */
import { mapColumns } from '../../../shared/header-map.ts';
import { defaultSettingRows } from '../../../shared/settings/settings.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const NOTES = 'Notes';

/** Appends the default rows whose key is not in the tab yet, with a Notes column explaining each. */
export function ensureSettingRows(sheet: Sheet, header: readonly unknown[]): void {
  let columns = mapColumns(header, ['Key', 'Value', NOTES]);
  let width = header.length;
  if (columns.Notes === undefined) {
    if (width >= sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    sheet
      .getRange(1, width + 1)
      .setValue(NOTES)
      .setFontWeight('bold');
    columns = { ...columns, Notes: width };
    width += 1;
  }
  const values = sheet.getDataRange().getValues();
  const keyColumn = columns.Key ?? 0;
  const known = new Set(
    values.slice(1).map((row) =>
      String(row[keyColumn] ?? '')
        .trim()
        .toLowerCase(),
    ),
  );
  const rows = defaultSettingRows()
    .filter((row) => !known.has(row.key.toLowerCase()))
    .map((row) => {
      const cells: (string | number)[] = Array.from({ length: width }, () => '');
      cells[keyColumn] = row.key;
      cells[columns.Value ?? 1] = row.value;
      cells[columns.Notes ?? 2] = row.note;
      return cells;
    });
  if (rows.length === 0) return;
  const first = values.length + 1;
  const needed = first + rows.length - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(first, 1, rows.length, width).setValues(rows);
}
