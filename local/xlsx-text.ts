/**
 * Text an xlsx cell cannot hold exactly: longer than 32,767 characters, or with characters XML 1.0
 * cannot carry (C0 controls such as NUL and ESC, lone surrogates, U+FFFE/U+FFFF). The cell shows a
 * visible form a person can read; the meta tab keeps the exact text for the round trip.
 */
import { TRUNCATION_MARKER, truncateText, XLSX_CELL_LIMIT } from '../shared/cell-safety.ts';

const UNWRITABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when the cell cannot hold this text as it is. */
export function needsExactCopy(text: string): boolean {
  UNWRITABLE.lastIndex = 0;
  return text.length > XLSX_CELL_LIMIT || UNWRITABLE.test(text);
}

/**
 * What the cell shows: unwritable characters as U+FFFD (the replacement character, so a person
 * sees that something is there), and text past the limit cut with the core's truncation marker.
 */
export function visibleText(text: string): string {
  return truncateText(text.replace(UNWRITABLE, '\uFFFD'), XLSX_CELL_LIMIT);
}

/**
 * True when a cell read back still shows what was written for `exact` (so the person did not edit
 * it). Files from format version 1 held the first 32,767 characters with no marker.
 */
export function showsExactText(shown: string, exact: string): boolean {
  if (shown === visibleText(exact)) return true;
  return !shown.endsWith(TRUNCATION_MARKER) && shown.length === XLSX_CELL_LIMIT && exact.startsWith(shown);
}
