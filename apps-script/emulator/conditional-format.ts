/** ConditionalFormatRule and its builder: conditions and formats are recorded, never evaluated. */
import type { Emulates } from './emulates.ts';
import type { FakeRange } from './fake-range.ts';
import { APPS_SCRIPT_TYPE, type Emulated } from './tracking.ts';

/** What a rule holds. */
export interface ConditionalFormatSettings {
  ranges: FakeRange[];
  criteria: string;
  values: unknown[];
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

type RuleApi = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** A built rule. */
export class FakeConditionalFormatRule implements Emulated, Emulates<RuleApi, 'copy' | 'getRanges'> {
  readonly [APPS_SCRIPT_TYPE] = 'ConditionalFormatRule';
  constructor(readonly settings: Readonly<ConditionalFormatSettings>) {}

  getRanges(): FakeRange[] {
    return [...this.settings.ranges];
  }
  getBooleanCondition(): FakeBooleanCondition {
    return new FakeBooleanCondition(this.settings);
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(cloneSettings(this.settings));
  }
}

/** A rule's condition and format, as Apps Script reports them. */
export class FakeBooleanCondition implements Emulated {
  readonly [APPS_SCRIPT_TYPE] = 'BooleanCondition';
  constructor(private readonly settings: Readonly<ConditionalFormatSettings>) {}

  getCriteriaType(): string {
    return this.settings.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.settings.values];
  }
  getBackground(): string | null {
    return this.settings.format.background ?? null;
  }
  getBold(): boolean | null {
    return this.settings.format.bold ?? null;
  }
}

function cloneSettings(s: Readonly<ConditionalFormatSettings>): ConditionalFormatSettings {
  return { ranges: [...s.ranges], criteria: s.criteria, values: [...s.values], format: { ...s.format } };
}

type BuilderApi = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

/** SpreadsheetApp.newConditionalFormatRule(). */
export class FakeConditionalFormatRuleBuilder
  implements
    Emulated,
    Emulates<
      BuilderApi,
      'setBackground' | 'setFontColor' | 'setBold' | 'setItalic' | 'whenFormulaSatisfied' | 'whenCellEmpty'
    >
{
  readonly [APPS_SCRIPT_TYPE] = 'ConditionalFormatRuleBuilder';
  private settings: ConditionalFormatSettings;

  constructor(settings?: ConditionalFormatSettings) {
    this.settings = settings ?? { ranges: [], criteria: 'CELL_NOT_EMPTY', values: [], format: {} };
  }

  private when(criteria: string, ...values: unknown[]): this {
    this.settings.criteria = criteria;
    this.settings.values = values;
    return this;
  }

  whenCellEmpty(): this {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY');
  }
  whenDateAfter(date: unknown): this {
    return this.when('DATE_AFTER', date);
  }
  whenDateBefore(date: unknown): this {
    return this.when('DATE_BEFORE', date);
  }
  whenDateEqualTo(date: unknown): this {
    return this.when('DATE_EQUAL_TO', date);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', formula);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', start, end);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQUAL_TO', n);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', n);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when('NUMBER_NOT_BETWEEN', start, end);
  }
  whenNumberNotEqualTo(n: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', n);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', text);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', text);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', text);
  }
  setBackground(color: string | null): this {
    this.settings.format.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this.settings.format.fontColor = color ?? undefined;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.settings.format.bold = bold ?? undefined;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.settings.format.italic = italic ?? undefined;
    return this;
  }
  /** Ranges arrive as the bundle's proxies; the sheet unwraps them when the rule is set. */
  setRanges(ranges: FakeRange[]): this {
    this.settings.ranges = [...ranges];
    return this;
  }
  getRanges(): FakeRange[] {
    return [...this.settings.ranges];
  }
  build(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(cloneSettings(this.settings));
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(cloneSettings(this.settings));
  }
}
