/** Errors of the local workbook that `npm start` reports as one clear line before exiting. */

/** Base class: a problem with the workbook file that the person must resolve. */
export class LocalWorkbookError extends Error {
  override name = 'LocalWorkbookError';
}

/** The file exists but is not a readable xlsx (or its Partnerkit data is damaged). */
export class CorruptWorkbookError extends LocalWorkbookError {
  override name = 'CorruptWorkbookError';
}

/** The file is a spreadsheet, but not one Partnerkit made. */
export class ForeignWorkbookError extends LocalWorkbookError {
  override name = 'ForeignWorkbookError';
}
