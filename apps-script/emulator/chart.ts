/** Embedded charts: the builder records type, ranges, position and options; nothing is drawn. */

import type { Emulates } from './emulates.ts';
import { ChartType } from './enums.ts';
import type { FakeRange } from './fake-range.ts';
import type { FakeSheet } from './fake-sheet.ts';
import { APPS_SCRIPT_TYPE, type Emulated, unwrap } from './tracking.ts';

/** What a chart holds. */
export interface ChartSettings {
  id: string;
  type: string;
  ranges: FakeRange[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Map<string, unknown>;
}

function cloneSettings(s: Readonly<ChartSettings>): ChartSettings {
  return { ...s, ranges: [...s.ranges], position: { ...s.position }, options: new Map(s.options) };
}

/** A chart's options (EmbeddedChart.getOptions()). */
export class FakeChartOptions implements Emulated {
  readonly [APPS_SCRIPT_TYPE] = 'ChartOptions';
  constructor(private readonly options: ReadonlyMap<string, unknown>) {}
  get(option: string): unknown {
    return this.options.get(option) ?? null;
  }
}

/** A built chart. */
export class FakeEmbeddedChart
  implements Emulated, Emulates<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId'>
{
  readonly [APPS_SCRIPT_TYPE] = 'EmbeddedChart';
  constructor(
    readonly sheet: FakeSheet,
    readonly settings: Readonly<ChartSettings>,
  ) {}

  getChartId(): number {
    return Number(this.settings.id);
  }
  getId(): string {
    return `u${this.settings.id}`;
  }
  getType(): string {
    return this.settings.type;
  }
  getRanges(): FakeRange[] {
    return [...this.settings.ranges];
  }
  getOptions(): FakeChartOptions {
    return new FakeChartOptions(this.settings.options);
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.sheet, cloneSettings(this.settings));
  }
}

type BuilderApi = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Sheet.newChart(). */
export class FakeEmbeddedChartBuilder
  implements Emulated, Emulates<BuilderApi, 'setPosition' | 'setOption' | 'clearRanges' | 'setNumHeaders'>
{
  readonly [APPS_SCRIPT_TYPE] = 'EmbeddedChartBuilder';

  constructor(
    private readonly sheet: FakeSheet,
    private readonly settings: ChartSettings,
  ) {}

  addRange(range: FakeRange): this {
    this.settings.ranges.push(unwrap(range));
    return this;
  }
  removeRange(range: FakeRange): this {
    const raw = unwrap(range);
    this.settings.ranges = this.settings.ranges.filter((r) => r !== raw);
    return this;
  }
  clearRanges(): this {
    this.settings.ranges = [];
    return this;
  }
  getRanges(): FakeRange[] {
    return [...this.settings.ranges];
  }
  setChartType(type: string): this {
    if (!(type in ChartType)) throw new Error(`Invalid argument: type`);
    this.settings.type = type;
    return this;
  }
  getChartType(): string {
    return this.settings.type;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.settings.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.settings.options.set(option, value);
    return this;
  }
  setNumHeaders(headers: number): this {
    return this.setOption('numHeaders', headers);
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.setOption('transposeRowsAndColumns', transpose);
  }
  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this.sheet, cloneSettings(this.settings));
  }
}

/** A new chart's starting settings. */
export function newChartSettings(id: number): ChartSettings {
  return {
    id: String(id),
    type: 'COLUMN',
    ranges: [],
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    options: new Map(),
  };
}
