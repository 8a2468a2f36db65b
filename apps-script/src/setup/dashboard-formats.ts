/**
 * Number formats of the Dashboard's bands, set with the workbook: shares and progress read as
 * percents ("37.5%", not 0.375), amounts with thousands separators. The bands are fixed, so
 * each format is one range call, whatever the number of rows.
 */
import { BANDS, type Band, SOURCE_DATA } from '../../../shared/score/dashboard.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PERCENT = '0.0%';
const AMOUNT = '#,##0';

interface BandFormat {
  band: Band;
  /** 0-based column and first row inside the band; rows (default: the band's height). */
  column: number;
  row?: number;
  rows?: number;
  format: string;
}

const FORMATS: readonly BandFormat[] = [
  { band: BANDS.partners, column: 2, format: PERCENT },
  { band: BANDS.map, column: 2, row: 0, rows: 20, format: PERCENT },
  { band: BANDS.funding, column: 2, format: AMOUNT },
  { band: BANDS.funding, column: 3, row: 0, rows: SOURCE_DATA.offset, format: AMOUNT },
  { band: BANDS.funding, column: 3, row: SOURCE_DATA.offset, rows: SOURCE_DATA.rows, format: PERCENT },
  { band: BANDS.funding, column: 1, row: SOURCE_DATA.offset + SOURCE_DATA.rows + 1, rows: 1, format: AMOUNT },
  { band: BANDS.impact, column: 2, format: PERCENT },
];

/** Sets the Dashboard's number formats (again: the same formats). */
export function applyDashboardFormats(dashboard: Sheet): void {
  for (const { band, column, row = 0, rows = band.height, format } of FORMATS)
    dashboard.getRange(band.row + row, band.column + column, rows, 1).setNumberFormat(format);
}
