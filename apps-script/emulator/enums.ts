/**
 * Apps Script enums. At runtime an enum value is its name (a string), which compares, prints and
 * serialises like the real enum objects do for add-on code (`button === ui.Button.YES`).
 */

function enumOf<const K extends string>(...names: K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as { readonly [P in K]: P };
}

/** Ui.Button. */
export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
/** Ui.ButtonSet. */
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
/** SpreadsheetApp.ProtectionType. */
export const ProtectionType = enumOf('RANGE', 'SHEET');
/** SpreadsheetApp.DataValidationCriteria. */
export const DataValidationCriteria = enumOf(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);
/** SpreadsheetApp.BooleanCriteria. */
export const BooleanCriteria = enumOf(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
);
/** SpreadsheetApp.RelativeDate. */
export const RelativeDate = enumOf('TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR');
/** SpreadsheetApp.Dimension. */
export const Dimension = enumOf('COLUMNS', 'ROWS');
/** SpreadsheetApp.WrapStrategy. */
export const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
/** Charts.ChartType. */
export const ChartType = enumOf(
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
);
/** ScriptApp.AuthMode. */
export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
/** DriveApp.Access. */
export const Access = enumOf('ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE');
/** DriveApp.Permission. */
export const Permission = enumOf('VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE');
/** Utilities.DigestAlgorithm. */
export const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
/** Utilities.Charset. */
export const Charset = enumOf('US_ASCII', 'UTF_8');
/** HtmlService.SandboxMode. */
export const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
/** HtmlService.XFrameOptionsMode. */
export const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');
/** ContentService.MimeType. */
export const ContentMimeType = Object.freeze({
  ATOM: 'ATOM',
  CSV: 'CSV',
  ICAL: 'ICAL',
  JAVASCRIPT: 'JAVASCRIPT',
  JSON: 'JSON',
  RSS: 'RSS',
  TEXT: 'TEXT',
  VCARD: 'VCARD',
  XML: 'XML',
} as const);
/** The global MimeType (Drive/Blob MIME strings). */
export const MimeType = Object.freeze({
  CSV: 'text/csv',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  HTML: 'text/html',
  JSON: 'application/json',
  PLAIN_TEXT: 'text/plain',
  PDF: 'application/pdf',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const);
