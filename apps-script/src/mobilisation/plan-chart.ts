/** The Dashboard's chart of target vs secured vs pipeline per source type, built once. */
import { MOBILISATION_BANDS, PLAN_CHART_DATA } from '../../../shared/mobilisation/bands.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Unique among the Dashboard's charts: how a rerun finds it. */
export const PLAN_CHART_TITLE = 'Mobilisation: target vs secured vs pipeline';
const CHART_ROW = 66;
const CHART_COLUMN = 23;

/** Inserts the chart unless the Dashboard has it already (a fixed number of calls). */
export function ensurePlanChart(dashboard: Sheet): void {
  const titles = dashboard.getCharts().map((chart) => String(chart.getOptions().get('title') ?? ''));
  if (titles.includes(PLAN_CHART_TITLE)) return;
  const band = MOBILISATION_BANDS.plan;
  dashboard.insertChart(
    dashboard
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      // Source Type, Target, Secured, Pipeline: the block's first four columns.
      .addRange(dashboard.getRange(band.row + PLAN_CHART_DATA.offset, band.column, PLAN_CHART_DATA.rows, 4))
      .setNumHeaders(1)
      .setPosition(CHART_ROW, CHART_COLUMN, 0, 0)
      .setOption('title', PLAN_CHART_TITLE)
      .build(),
  );
}
