/** Writes the Dashboard's bands and keeps its three charts (built once, on fixed ranges). */
import {
  BANDS,
  type Band,
  BUBBLE_DATA,
  type Grid,
  IMPACT_CHART_ROWS,
  SOURCE_DATA,
} from '../../shared/score/dashboard.ts';
import { DASHBOARD } from '../../shared/workbook-schema.ts';
import { requireSheet } from './table.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Dashboard tab. */
export function requireDashboard(spreadsheet: Spreadsheet): Sheet {
  return requireSheet(spreadsheet, DASHBOARD.name);
}

/** Writes a fixed-size band in one call. */
export function writeBand(dashboard: Sheet, band: Band, grid: Grid): void {
  dashboard.getRange(band.row, band.column, grid.length, band.width).setValues(grid);
}

/** Writes the impact band, whose height varies: rows left over from a longer run are cleared. */
export function writeImpactBand(dashboard: Sheet, grid: Grid): void {
  const band = BANDS.impact;
  const height = Math.max(grid.length, IMPACT_CHART_ROWS + 1);
  const padded = grid.concat(
    Array.from({ length: height - grid.length }, () => Array.from({ length: band.width }, () => '')),
  );
  const lastRow = dashboard.getLastRow();
  const end = band.row + height - 1;
  if (lastRow > end) dashboard.getRange(end + 1, band.column, lastRow - end, band.width).clearContent();
  dashboard.getRange(band.row, band.column, height, band.width).setValues(padded);
}

interface ChartSpec {
  row: number;
  column: number;
  build(dashboard: Sheet): GoogleAppsScript.Spreadsheet.EmbeddedChart;
}

const CHART_COLUMN = 23;

const CHARTS: ChartSpec[] = [
  {
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
        .setOption('title', 'Power / interest (bubble size: stakeholders)')
        .setOption('hAxis', { title: 'Influence', minValue: 0, maxValue: 6 })
        .setOption('vAxis', { title: 'Interest', minValue: 0, maxValue: 6 })
        .build(),
  },
  {
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
        .setOption('title', 'Weighted funding by source type')
        .build();
    },
  },
  {
    row: 45,
    column: CHART_COLUMN,
    build: (dashboard) => {
      const first = BANDS.impact.row + 1;
      return dashboard
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(dashboard.getRange(first, BANDS.impact.column, IMPACT_CHART_ROWS, 1))
        .addRange(dashboard.getRange(first, BANDS.impact.column + 2, IMPACT_CHART_ROWS, 1))
        .setNumHeaders(1)
        .setPosition(45, CHART_COLUMN, 0, 0)
        .setOption('title', 'Mean progress by goal')
        .setOption('hAxis', { minValue: 0, maxValue: 1, format: 'percent' })
        .build();
    },
  },
];

/**
 * Inserts whichever of the Dashboard's charts is missing, found by anchor cell. When the
 * Dashboard already has at least as many charts, nothing more is asked of the service.
 */
export function ensureCharts(dashboard: Sheet, force = false): void {
  const charts = dashboard.getCharts();
  if (!force && charts.length >= CHARTS.length) return;
  const anchors = new Set(
    charts.map((chart) => {
      const info = chart.getContainerInfo();
      return `${info.getAnchorRow()}:${info.getAnchorColumn()}`;
    }),
  );
  for (const spec of CHARTS)
    if (!anchors.has(`${spec.row}:${spec.column}`)) dashboard.insertChart(spec.build(dashboard));
}
