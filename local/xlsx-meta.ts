/**
 * The hidden `_partnerkit` tab: a marker that the file is ours, and what xlsx cells cannot hold
 * for the emulator (grid size, sheet ids, rules, protections, charts, properties, sharing), as JSON
 * split across cells (Excel caps a cell at 32,767 characters).
 */
import type { SheetData, WorkbookData } from '../apps-script/emulator/index.ts';

/** Name of the hidden tab. */
export const META_SHEET = '_partnerkit';
/** A1 of the hidden tab: says the file is a Partnerkit local workbook. */
export const MARKER = 'partnerkit-local-workbook';
/** Format version in B1. */
export const FORMAT_VERSION = 1;
const CHUNK = 30_000;

/**
 * A cell whose exact text the xlsx cell cannot hold (too long, or characters XML cannot carry);
 * the field keeps its format-1 name so older files read the same.
 */
export interface LongText {
  row: number;
  column: number;
  text: string;
}

/** Per-tab data kept in the meta tab (everything but the cells' values and formulas). */
export type SheetMeta = Omit<SheetData, 'values' | 'formulas'> & {
  longTexts?: LongText[];
  /** Column widths the writer showed (characters, by 1-based column): a different one is a person's. */
  shownWidths?: Record<string, number>;
};

/** Workbook data kept in the meta tab. */
export type WorkbookMeta = Omit<WorkbookData, 'sheets'> & { sheets: SheetMeta[] };

/** JSON cut into cell-sized pieces. */
export function chunkJson(meta: WorkbookMeta): string[] {
  const json = JSON.stringify(meta);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return chunks;
}

/** Revives dates (ISO strings tagged by JSON.stringify) are not needed: meta holds none as values. */
export function parseMeta(chunks: readonly string[]): WorkbookMeta {
  const meta = JSON.parse(chunks.join('')) as WorkbookMeta;
  if (typeof meta !== 'object' || meta === null || !Array.isArray(meta.sheets) || typeof meta.id !== 'string')
    throw new Error('the Partnerkit data has an unexpected shape');
  return meta;
}
