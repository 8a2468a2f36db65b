/** Dropdowns and number formats per column, found by header. Setting them again replaces them. */
import { COUNTRY_CODES } from '../../../shared/country/country-code.ts';
import { mapColumns } from '../../../shared/header-map.ts';
import { CONFLICT_STAGES, CONFLICT_STATUSES } from '../../../shared/lifecycle/conflicts.ts';
import {
  ORGANIZATION_TYPES,
  SHARE_ACCESS,
  SOURCE_TYPES,
  STAGES,
  STAKEHOLDER_STATUSES,
} from '../../../shared/model.ts';
import {
  CONTRIBUTION_TYPES,
  DUE_DILIGENCE_ITEMS,
  HEALTH_FACTORS,
  STAKEHOLDER_RATINGS,
  type TabSchema,
} from '../../../shared/workbook-schema.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const RATING_VALUES = ['1', '2', '3', '4', '5'];

interface ColumnFormat {
  list?: readonly string[];
  /** Whether values outside the list are refused (true) or only flagged. */
  strict?: boolean;
  number?: [number, number];
  /** Only dates are accepted. */
  date?: boolean;
  format?: string;
  /** Shown beside the cell. */
  help?: string;
}

const DATE = 'yyyy-mm-dd';
const TIMESTAMP = 'yyyy-mm-dd hh:mm';
const rating: ColumnFormat = { list: RATING_VALUES, strict: true };
const dateOnly: ColumnFormat = { date: true, format: DATE };
const checkItem: ColumnFormat = { list: ['yes', 'no', 'pending', 'n/a'], strict: true };

const FORMATS: Record<string, Record<string, ColumnFormat>> = {
  Stakeholders: {
    Type: { list: ORGANIZATION_TYPES, strict: true },
    ...Object.fromEntries(STAKEHOLDER_RATINGS.map((header) => [header, rating])),
    Score: { format: '0.0' },
    'Share Access': { list: SHARE_ACCESS, strict: true },
    Status: { list: STAKEHOLDER_STATUSES, strict: true },
    'Captured At': { format: TIMESTAMP },
    'Last Contact': dateOnly,
    'Next Check-in': { format: DATE },
    // 249 codes, well under the 500 items a Sheets dropdown list takes. Flagged, not refused, so a
    // country name typed before codes were the rule stays as the person typed it.
    Country: {
      list: COUNTRY_CODES,
      help: 'An ISO 3166-1 two-letter country code, such as KE or US.',
    },
  },
  Funding: {
    'Source Type': { list: SOURCE_TYPES, strict: true },
    'Amount Min': { format: '#,##0' },
    'Amount Max': { format: '#,##0' },
    Deadline: { format: DATE },
    Stage: { list: STAGES, strict: true },
    Probability: { number: [0, 1], format: '0%' },
    'Weighted Value': { format: '#,##0.00' },
    'Days To Deadline': { format: '0' },
    'Captured At': { format: TIMESTAMP },
  },
  Impact: {
    Type: { list: ['output', 'outcome', 'impact'] },
    'Start Date': { format: DATE },
    'Due Date': { format: DATE },
    Progress: { format: '0%' },
    Expected: { format: '0%' },
  },
  'Action Plan': {
    'Due Date': { format: DATE },
    Status: { list: ['not started', 'in progress', 'done', 'blocked'] },
  },
  Feedback: {
    Timestamp: { format: TIMESTAMP },
    ...Object.fromEntries(HEALTH_FACTORS.map((header) => [header, rating])),
    Continue: { list: ['yes', 'maybe', 'no'] },
  },
  Contributions: {
    Type: { list: CONTRIBUTION_TYPES, strict: true },
    Value: { format: '#,##0.00' },
    Hours: { number: [0, 1_000_000], format: '#,##0.0' },
    Date: { date: true, format: DATE },
  },
  'Mobilisation Plan': {
    'Source Type': { list: SOURCE_TYPES, strict: true },
    Period: { number: [1900, 9999], format: '0' },
    Target: { format: '#,##0' },
    Secured: { format: '#,##0' },
    Pipeline: { format: '#,##0' },
    Gap: { format: '#,##0' },
    'Share Of Secured': { format: '0%' },
    'Due Date': { date: true, format: DATE },
  },
  'Access Log': { Timestamp: { format: TIMESTAMP } },
  'Due Diligence': {
    ...Object.fromEntries(DUE_DILIGENCE_ITEMS.map((item) => [item, checkItem])),
    'Review Date': dateOnly,
  },
  Conflicts: {
    'Raised On': dateOnly,
    Stage: { list: CONFLICT_STAGES, strict: true },
    'Stage Due': { format: DATE },
    Status: { list: CONFLICT_STATUSES, strict: true },
  },
  'Exit Plan': { 'Planned End': dateOnly, 'Review Date': dateOnly },
};

/** Sets each known column's dropdown and number format on all rows below the header. */
export function applyColumnFormats(sheet: Sheet, schema: TabSchema, header: readonly unknown[]): void {
  const formats = FORMATS[schema.name];
  if (!formats) return;
  const columns = mapColumns(header, Object.keys(formats));
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const [name, format] of Object.entries(formats)) {
    const column = columns[name];
    if (column === undefined) continue;
    const range = sheet.getRange(2, column + 1, rows, 1);
    const validation = validationFor(format);
    if (validation) range.setDataValidation(validation);
    if (format.format) range.setNumberFormat(format.format);
  }
}

function validationFor(format: ColumnFormat): GoogleAppsScript.Spreadsheet.DataValidation | undefined {
  if (format.list) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...format.list], true)
      .setAllowInvalid(!format.strict);
    return (format.help ? rule.setHelpText(format.help) : rule).build();
  }
  if (format.number)
    return SpreadsheetApp.newDataValidation()
      .requireNumberBetween(format.number[0], format.number[1])
      .setAllowInvalid(false)
      .setHelpText(
        `A number from ${format.number[0]} to ${format.number[1]}${format.format === '0%' ? ' (e.g. 40%)' : ''}.`,
      )
      .build();
  if (format.date)
    return SpreadsheetApp.newDataValidation()
      .requireDate()
      .setAllowInvalid(false)
      .setHelpText('A date, e.g. 2026-03-31.')
      .build();
  return undefined;
}
