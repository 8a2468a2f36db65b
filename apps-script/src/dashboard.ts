/** Writes the Dashboard's bands and keeps its three charts (built once, on fixed ranges). */
import {
  BANDS,
  type Band,
  BUBBLE_DATA,
  type Grid,
  MAX_GOALS,
  SOURCE_DATA,
} from '../../shared/score/dashboard.ts';
import { DASHBOARD } from '../../shared/workbook-schema.ts';
import { PartnerkitError } from './errors.ts';
import { requireSheet } from './table.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Dashboard tab. */
export function requireDashboard(spreadsheet: Spreadsheet): Sheet {
  return requireSheet(spreadsheet, DASHBOARD.name);
}

/** Writes a fixed-size band: two calls, without looking the Dashboard tab up. */
export function writeBand(spreadsheet: Spreadsheet, band: Band, grid: Grid): void {
  const a1 = `'${DASHBOARD.name}'!${columnLetter(band.column)}${band.row}:${columnLetter(band.column + band.width - 1)}${band.row + grid.length - 1}`;
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = spreadsheet.getRange(a1);
  } catch {
    throw new PartnerkitError(
      `There is no "${DASHBOARD.name}" tab yet: run Partnerkit › Set up workbook first.`,
    );
  }
  range.setValues(grid);
}

/** A1 letters of a 1-based column. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface ChartSpec {
  /** Unique among the Dashboard's charts: how a rerun finds the chart it made. */
  title: string;
  row: number;
  column: number;
  build(dashboard: Sheet): GoogleAppsScript.Spreadsheet.EmbeddedChart;
}

const CHART_COLUMN = 23;
const MAP_TITLE = 'Power / interest (bubble size: stakeholders)';
const FUNDING_TITLE = 'Weighted funding by source type';
const IMPACT_TITLE = 'Mean progress by goal';

const CHARTS: ChartSpec[] = [
  {
    title: MAP_TITLE,
    row: 3,
    column: CHART_COLUMN,
    build: (dashboard) =>
      dashboard
        .newChart()
        .setChartType(Charts.ChartType.BUBBLE)
        .addRange(
          dashboard.getRange(
            BANDS.map.row + BUBBLE_DATA.offset,
            BANDS.map.column,
            BUBBLE_DATA.rows,
            BANDS.map.width,
          ),
        )
        .setNumHeaders(1)
        .setPosition(3, CHART_COLUMN, 0, 0)
        .setOption('title', MAP_TITLE)
        .setOption('hAxis', { title: 'Influence', minValue: 0, maxValue: 6 })
        .setOption('vAxis', { title: 'Interest', minValue: 0, maxValue: 6 })
        .build(),
  },
  {
    title: FUNDING_TITLE,
    row: 24,
    column: CHART_COLUMN,
    build: (dashboard) => {
      const first = BANDS.funding.row + SOURCE_DATA.offset;
      return dashboard
        .newChart()
        .setChartType(Charts.ChartType.PIE)
        .addRange(dashboard.getRange(first, BANDS.funding.column, SOURCE_DATA.rows, 1))
        .addRange(dashboard.getRange(first, BANDS.funding.column + 2, SOURCE_DATA.rows, 1))
        .setNumHeaders(1)
        .setPosition(24, CHART_COLUMN, 0, 0)
        .setOption('title', FUNDING_TITLE)
        .build();
    },
  },
  {
    title: IMPACT_TITLE,
    row: 45,
    column: CHART_COLUMN,
    build: (dashboard) => {
      const first = BANDS.impact.row + 1;
      return dashboard
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(dashboard.getRange(first, BANDS.impact.column, MAX_GOALS, 1))
        .addRange(dashboard.getRange(first, BANDS.impact.column + 2, MAX_GOALS, 1))
        .setNumHeaders(1)
        .setPosition(45, CHART_COLUMN, 0, 0)
        .setOption('title', IMPACT_TITLE)
        .setOption('hAxis', { minValue: 0, maxValue: 1, format: 'percent' })
        .build();
    },
  },
];

/**
 * Inserts whichever of the Dashboard's charts is missing, found by title. When the Dashboard
 * already has at least as many charts, nothing more is asked of the service.
 */
export function ensureCharts(dashboard: Sheet, force = false): void {
  const charts = dashboard.getCharts();
  if (!force && charts.length >= CHARTS.length) return;
  const titles = new Set(charts.map((chart) => String(chart.getOptions().get('title') ?? '')));
  for (const spec of CHARTS) if (!titles.has(spec.title)) dashboard.insertChart(spec.build(dashboard));
}
