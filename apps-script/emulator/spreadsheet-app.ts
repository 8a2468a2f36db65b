/** SpreadsheetApp: the spreadsheet, the UI (none in web-app executions), builders and enums. */
import { FakeConditionalFormatRuleBuilder } from './conditional-format.ts';
import { FakeDataValidationBuilder } from './data-validation.ts';
import type { Emulates } from './emulates.ts';
import {
  BooleanCriteria,
  DataValidationCriteria,
  Dimension,
  ProtectionType,
  RelativeDate,
  WrapStrategy,
} from './enums.ts';
import type { Env } from './env.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { APPS_SCRIPT_TYPE, type Emulated, type Service } from './tracking.ts';
import { FakeUi } from './ui.ts';

/** SpreadsheetApp over one spreadsheet. */
export function createSpreadsheetApp(env: Env, spreadsheet: () => FakeSpreadsheet): Service {
  const ui = new FakeUi(env);
  const open = (id: string) => {
    if (String(id) !== spreadsheet().getId())
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return spreadsheet();
  };
  return {
    [APPS_SCRIPT_TYPE]: 'SpreadsheetApp',
    BooleanCriteria,
    DataValidationCriteria,
    Dimension,
    ProtectionType,
    RelativeDate,
    WrapStrategy,
    getActive: () => spreadsheet(),
    getActiveSpreadsheet: () => spreadsheet(),
    getActiveSheet: () => spreadsheet().getActiveSheet(),
    openById: open,
    openByUrl: (url: string) => open(/\/d\/([^/]+)/.exec(String(url))?.[1] ?? ''),
    getUi(): FakeUi {
      if (!env.execution.ui) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    newDataValidation: () => new FakeDataValidationBuilder(),
    newConditionalFormatRule: () => new FakeConditionalFormatRuleBuilder(),
    flush: () => undefined,
  } satisfies Emulated &
    Record<string, unknown> &
    Emulates<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'getActive'
      | 'getActiveSpreadsheet'
      | 'openById'
      | 'openByUrl'
      | 'getUi'
      | 'newDataValidation'
      | 'newConditionalFormatRule'
      | 'flush'
    >;
}
