/** A sheet's cells: sparse rows of cells, 1-based access, and row/column insertion and deletion. */
import type { CellValue } from './cell-input.ts';
import type { FakeDataValidation } from './data-validation.ts';
import type { CellFormat } from './workbook-data.ts';

/** One cell. An empty cell has value "" and no formula. */
export interface Cell {
  value: CellValue;
  formula?: string;
  format?: CellFormat;
  validation?: FakeDataValidation;
  note?: string;
}

/** The cells of one sheet and its grid size. */
export class Grid {
  private rows: (Cell | undefined)[][] = [];

  constructor(
    public maxRows: number,
    public maxColumns: number,
  ) {}

  /** The cell at (row, column), if anything was ever set there. */
  get(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cells of a row (index 0 is column 1; sparse), undefined when none was ever set. */
  cellsOf(row: number): readonly (Cell | undefined)[] | undefined {
    return this.rows[row - 1];
  }

  /** The cell at (row, column), created when missing. */
  cell(row: number, column: number): Cell {
    let cells = this.rows[row - 1];
    if (!cells) {
      cells = [];
      this.rows[row - 1] = cells;
    }
    let cell = cells[column - 1];
    if (!cell) {
      cell = { value: '' };
      cells[column - 1] = cell;
    }
    return cell;
  }

  /** Last row with a value or formula (0 when the sheet is empty). */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r -= 1) {
      const cells = this.rows[r - 1];
      if (cells?.some(hasContent)) return r;
    }
    return 0;
  }

  /** Last column with a value or formula (0 when the sheet is empty). */
  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c -= 1) {
        if (hasContent(cells[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Each row's cells (sparse), for snapshots. */
  forEachCell(visit: (cell: Cell, row: number, column: number) => void): void {
    this.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (cell) visit(cell, r + 1, c + 1);
      });
    });
  }

  /** Inserts `count` empty rows before `row`. */
  insertRows(row: number, count: number): void {
    if (row - 1 < this.rows.length) this.rows.splice(row - 1, 0, ...new Array<(Cell | undefined)[]>(count));
    this.maxRows += count;
  }

  /** Deletes `count` rows from `row`. */
  deleteRows(row: number, count: number): void {
    this.rows.splice(row - 1, count);
    this.maxRows -= count;
  }

  /** Inserts `count` empty columns before `column`. */
  insertColumns(column: number, count: number): void {
    for (const cells of this.rows) {
      if (cells && column - 1 < cells.length)
        cells.splice(column - 1, 0, ...new Array<Cell | undefined>(count));
    }
    this.maxColumns += count;
  }

  /** Deletes `count` columns from `column`. */
  deleteColumns(column: number, count: number): void {
    for (const cells of this.rows) cells?.splice(column - 1, count);
    this.maxColumns -= count;
  }
}

/** True when a cell holds a value or a formula (what getLastRow counts). */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== undefined);
}
