/**
 * Data validations a person sees in Calc or Excel: drop-down lists and number ranges. The meta tab
 * keeps every rule exactly; these are only what the spreadsheet program enforces and shows.
 */
import type ExcelJS from 'exceljs';
import { columnLetters, parseA1, type ValidationData } from '../apps-script/emulator/index.ts';

/** Rows in an xlsx sheet (Excel's and LibreOffice's limit). */
export const XLSX_MAX_ROWS = 1_048_576;

type Shown = Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'>;

function shownRule(v: ValidationData): Shown | undefined {
  if (v.criteria === 'VALUE_IN_LIST' && Array.isArray(v.values[0])) {
    const text = (v.values[0] as unknown[]).map(String).join(',');
    // Excel refuses an inline list over 255 characters or with a quote in it.
    if (text.length > 250 || text.includes('"')) return undefined;
    return { type: 'list', formulae: [`"${text}"`] };
  }
  const [low, high] = v.values;
  if (v.criteria === 'NUMBER_BETWEEN' && typeof low === 'number' && typeof high === 'number')
    return { type: 'decimal', operator: 'between', formulae: [low, high] };
  return undefined;
}

/** Rows of a new tab in Sheets: the add-on sets its column rules on all of them at set-up. */
const NEW_TAB_ROWS = 1000;

/**
 * The rule's range in the file: a column rule covers the whole column, so rows a person adds in a
 * spreadsheet program get it too. A column rule reaches the tab's last row, or runs from right
 * under the frozen header over at least a new tab's rows (the tab has grown since it was set).
 */
export function fileRange(a1: string, maxRows: number, frozenRows: number): string {
  const box = parseA1(a1);
  if (!box) return a1;
  const last = box.lastRow ?? maxRows;
  const grown = frozenRows > 0 && box.row === frozenRows + 1 && last >= NEW_TAB_ROWS;
  if (last < maxRows && !grown) return a1;
  const lastColumn = box.lastColumn ?? box.column;
  return `${columnLetters(box.column)}${box.row}:${columnLetters(lastColumn)}${XLSX_MAX_ROWS}`;
}

/** Writes the rules a spreadsheet program can show. */
export function writeValidations(
  ws: ExcelJS.Worksheet,
  rules: readonly ValidationData[],
  grid: { maxRows: number; frozenRows: number },
): void {
  const validations = (
    ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of rules) {
    const shown = shownRule(v);
    if (!shown) continue;
    validations.add(fileRange(v.a1, grid.maxRows, grid.frozenRows), {
      ...shown,
      allowBlank: true,
      showErrorMessage: !v.allowInvalid,
      ...(v.helpText ? { showInputMessage: true, prompt: v.helpText.slice(0, 255) } : {}),
    });
  }
}
