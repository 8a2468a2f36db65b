/**
 * Finds columns by header text (case-insensitive, any order), never by position, and maps
 * between rows and records keyed by the schema's header names. Extra columns are left alone.
 */

/** Column index (0-based) of each schema header found in a header row. */
export type ColumnMap<H extends string = string> = Partial<Record<H, number>>;

/** Normalises header text so "  focus  AREAS " finds "Focus Areas". */
export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Maps each wanted header to its 0-based column in the header row; the first match wins. */
export function mapColumns<H extends string>(
  headerRow: readonly unknown[],
  wanted: readonly H[],
): ColumnMap<H> {
  const byText = new Map<string, number>();
  headerRow.forEach((cell, index) => {
    const key = normalizeHeader(cell);
    if (key && !byText.has(key)) byText.set(key, index);
  });
  const columns: ColumnMap<H> = {};
  for (const header of wanted) {
    const index = byText.get(normalizeHeader(header));
    if (index !== undefined) columns[header] = index;
  }
  return columns;
}

/** Headers of the schema that the header row lacks. */
export function missingHeaders<H extends string>(headerRow: readonly unknown[], wanted: readonly H[]): H[] {
  const columns = mapColumns(headerRow, wanted);
  return wanted.filter((header) => columns[header] === undefined);
}

/** Reads one data row into a record keyed by schema header; absent columns read as "". */
export function rowToRecord<H extends string>(
  row: readonly unknown[],
  columns: ColumnMap<H>,
): Record<H, unknown> {
  const record = {} as Record<H, unknown>;
  for (const header of Object.keys(columns) as H[]) {
    const index = columns[header];
    record[header] = index === undefined ? '' : (row[index] ?? '');
  }
  return record;
}

/**
 * Writes a record's values into a copy of a row of the given width; cells of columns the record
 * does not name keep their value, so extra columns stay untouched.
 */
export function recordToRow<H extends string>(
  record: Partial<Record<H, unknown>>,
  columns: ColumnMap<H>,
  width: number,
  base: readonly unknown[] = [],
): unknown[] {
  const row: unknown[] = Array.from({ length: width }, (_, i) => base[i] ?? '');
  for (const header of Object.keys(record) as H[]) {
    const index = columns[header];
    if (index !== undefined && index < width) row[index] = record[header];
  }
  return row;
}
