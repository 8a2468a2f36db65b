/** A1 notation: column letters, and parsing `A1`, `A1:B2`, `A:C`, `2:5`, `A2:C` (open-ended). */

/** A rectangle of cells, 1-based; an open end is `undefined` (to the sheet's edge). */
export interface A1Box {
  row: number;
  column: number;
  lastRow?: number;
  lastColumn?: number;
}

/** Column number (1-based) → letters (`1` → `A`, `27` → `AA`). */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Letters → column number (`AA` → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

function parseCorner(text: string): { column?: number; row?: number } | undefined {
  const match = CELL.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  return {
    column: match[1] ? columnNumber(match[1]) : undefined,
    row: match[2] ? Number(match[2]) : undefined,
  };
}

/** Parses an A1 range without sheet name; undefined when it is not one. */
export function parseA1(a1: string): A1Box | undefined {
  const [first, second, extra] = a1.trim().split(':');
  if (first === undefined || extra !== undefined) return undefined;
  const start = parseCorner(first);
  const end = second === undefined ? start : parseCorner(second);
  if (!start || !end) return undefined;
  if (second === undefined && (start.row === undefined || start.column === undefined)) return undefined;
  return {
    row: start.row ?? 1,
    column: start.column ?? 1,
    lastRow: end.row,
    lastColumn: end.column,
  };
}

/** Splits `'My sheet'!A1:B2` into sheet name and range. */
export function splitSheetName(a1: string): { sheetName?: string; range: string } {
  const bang = a1.lastIndexOf('!');
  if (bang === -1) return { range: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replaceAll("''", "'");
  return { sheetName: name, range: a1.slice(bang + 1) };
}

/** A1 text of a rectangle (`B2`, `B2:C5`). */
export function formatA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** Sheet name quoted for A1 when needed (`'Action Plan'`). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}
