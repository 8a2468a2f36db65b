/**
 * Whether text a person is about to save would be read as a formula by a spreadsheet, so the
 * popup can say it will be kept as plain text (the sheet escapes it; PRODUCT.md "Rules").
 */
import { isFormulaLike } from '../../shared/cell-safety.ts';

// Spaces and characters that show nothing (NBSP, zero-width, bidi marks, BOM) before a trigger
// still let a spreadsheet read the rest as a formula. Tab and CR are triggers themselves.
const LEADING_BLANKS = /^[ \n\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]+/;
// "+44 20 7946 0958" is saved as text too, but calling a phone number a formula would only alarm.
const PHONE_NUMBER = /^\+[\d\s().-]+$/;

/** True when the text starts, after blanks, like a formula; plain numbers and phone numbers are not. */
export function looksLikeFormula(text: string): boolean {
  const rest = text.replace(LEADING_BLANKS, '');
  if (PHONE_NUMBER.test(rest)) return false;
  return isFormulaLike(text) || isFormulaLike(rest);
}

/** The hint shown under a field whose text looks like a formula. */
export const FORMULA_HINT = 'Looks like a formula — it will be saved as plain text.';
