/**
 * WorkbookData: a plain, serialisable description of a workbook and its script state, which the
 * emulator loads from and snapshots to (the local workbook persists it).
 */
import type { CellValue } from './cell-input.ts';

export type { CellValue };

/** A whole workbook: sheets in tab order, properties and the file's Drive permissions. */
export interface WorkbookData {
  id: string;
  name: string;
  timeZone: string;
  activeSheet?: string;
  sheets: SheetData[];
  properties?: PropertiesData;
  drive?: DriveFileData;
}

/** Script, document and user properties. */
export interface PropertiesData {
  script?: Record<string, string>;
  document?: Record<string, string>;
  user?: Record<string, string>;
}

/** One tab. `values` is the content rectangle (last row × last column), "" for empty cells. */
export interface SheetData {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden?: boolean;
  tabColor?: string;
  values: CellValue[][];
  formulas?: CellFormula[];
  formats?: CellFormatData[];
  notes?: CellNote[];
  columnWidths?: Record<string, number>;
  validations?: ValidationData[];
  conditionalFormats?: ConditionalFormatData[];
  protections?: ProtectionData[];
  charts?: ChartData[];
}

/** A formula cell (1-based). */
export interface CellFormula {
  row: number;
  column: number;
  formula: string;
}

/** A cell's note (1-based). */
export interface CellNote {
  row: number;
  column: number;
  note: string;
}

/** Formatting set on a cell. */
export interface CellFormat {
  numberFormat?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
}

/** A formatted cell (1-based), or `rows` cells down from it with the same format. */
export interface CellFormatData extends CellFormat {
  row: number;
  column: number;
  rows?: number;
}

/** A data-validation rule and the A1 range it covers. */
export interface ValidationData {
  a1: string;
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText?: string;
}

/** A conditional-format rule: its ranges (A1, same sheet), condition and format. */
export interface ConditionalFormatData {
  ranges: string[];
  criteria: string;
  values: unknown[];
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

/** A protected sheet or range. */
export interface ProtectionData {
  type: 'SHEET' | 'RANGE';
  a1?: string;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotectedRanges?: string[];
}

/** An embedded chart; ranges are sheet-qualified A1 (`Stakeholders!A1:B9`). */
export interface ChartData {
  id: string;
  type: string;
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** Sharing of the spreadsheet's Drive file. */
export interface DriveFileData {
  owner: string;
  editors: string[];
  commenters: string[];
  viewers: string[];
  sharing: { access: string; permission: string };
}
