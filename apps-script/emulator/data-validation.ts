/**
 * DataValidation and its builder. Rules are recorded, not enforced on script writes (whether
 * Sheets rejects a script's invalid write is not something we can check here; see README note in
 * the final report).
 */

import type { Emulates } from './emulates.ts';
import type { DataValidationCriteria } from './enums.ts';
import { APPS_SCRIPT_TYPE, type Emulated } from './tracking.ts';

type Criteria = keyof typeof DataValidationCriteria;

/** The settings of a rule. */
export interface ValidationSettings {
  criteria: Criteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

type RuleApi = GoogleAppsScript.Spreadsheet.DataValidation;

/** A built data-validation rule (immutable). */
export class FakeDataValidation
  implements Emulated, Emulates<RuleApi, 'getAllowInvalid' | 'getHelpText' | 'copy' | 'getCriteriaValues'>
{
  readonly [APPS_SCRIPT_TYPE] = 'DataValidation';
  constructor(readonly settings: Readonly<ValidationSettings>) {}

  getCriteriaType(): string {
    return this.settings.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.settings.values];
  }
  getAllowInvalid(): boolean {
    return this.settings.allowInvalid;
  }
  getHelpText(): string {
    return this.settings.helpText as string;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder({ ...this.settings, values: [...this.settings.values] });
  }
}

type BuilderApi = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** SpreadsheetApp.newDataValidation(). */
export class FakeDataValidationBuilder
  implements
    Emulated,
    Emulates<
      BuilderApi,
      | 'requireValueInList'
      | 'requireNumberBetween'
      | 'requireCheckbox'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'requireTextIsEmail'
      | 'requireTextIsUrl'
      | 'requireDate'
      | 'build'
    >
{
  readonly [APPS_SCRIPT_TYPE] = 'DataValidationBuilder';
  private settings: ValidationSettings;

  constructor(settings?: ValidationSettings) {
    this.settings = settings ?? { criteria: 'VALUE_IN_LIST', values: [], allowInvalid: true, helpText: null };
  }

  private require(criteria: Criteria, ...values: unknown[]): this {
    this.settings.criteria = criteria;
    this.settings.values = values;
    return this;
  }

  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = [checked, unchecked].filter((v) => v !== undefined);
    return this.require('CHECKBOX', ...values);
  }
  requireDate(): this {
    return this.require('DATE_IS_VALID_DATE');
  }
  requireDateAfter(date: Date): this {
    return this.require('DATE_AFTER', date);
  }
  requireDateBefore(date: Date): this {
    return this.require('DATE_BEFORE', date);
  }
  requireDateBetween(start: Date, end: Date): this {
    return this.require('DATE_BETWEEN', start, end);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.require('CUSTOM_FORMULA', formula);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.require('NUMBER_BETWEEN', start, end);
  }
  requireNumberEqualTo(n: number): this {
    return this.require('NUMBER_EQUAL_TO', n);
  }
  requireNumberGreaterThan(n: number): this {
    return this.require('NUMBER_GREATER_THAN', n);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  requireNumberLessThan(n: number): this {
    return this.require('NUMBER_LESS_THAN', n);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  requireTextContains(text: string): this {
    return this.require('TEXT_CONTAINS', text);
  }
  requireTextEqualTo(text: string): this {
    return this.require('TEXT_EQUAL_TO', text);
  }
  requireTextIsEmail(): this {
    return this.require('TEXT_IS_VALID_EMAIL');
  }
  requireTextIsUrl(): this {
    return this.require('TEXT_IS_VALID_URL');
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.require('VALUE_IN_LIST', [...values], showDropdown);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    return this.require('VALUE_IN_RANGE', range, showDropdown);
  }
  withCriteria(criteria: Criteria, args: unknown[]): this {
    return this.require(criteria, ...args);
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.settings.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this.settings.helpText = helpText;
    return this;
  }
  getCriteriaType(): string {
    return this.settings.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.settings.values];
  }
  getAllowInvalid(): boolean {
    return this.settings.allowInvalid;
  }
  getHelpText(): string | null {
    return this.settings.helpText;
  }
  build(): FakeDataValidation {
    return new FakeDataValidation({ ...this.settings, values: [...this.settings.values] });
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder({ ...this.settings, values: [...this.settings.values] });
  }
}
