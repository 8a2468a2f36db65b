/**
 * setUpWorkbook on a workbook made before this wave: Contributions and Mobilisation Plan are
 * added, Feedback grows the ten factors after its own columns, its answers stay where they were,
 * and the new columns take only what they should (contribution types, ratings 1–5, dates).
 */
import { describe, expect, it } from 'vitest';
import { call, setUpWith, tab } from './harness.ts';

const OLD_FEEDBACK = [
  ['Timestamp', 'Partner', 'Respondent', 'Trust', 'Communication', 'Mutual Benefit', 'Continue', 'Comments'],
  ['2025-01-10', 'Riverbend', 'Ana', 4, 3, 5, 'yes', 'Good start'],
];

describe('setUpWorkbook for contributions, the plan and the health check', () => {
  const addOn = setUpWith({
    Feedback: OLD_FEEDBACK,
    Settings: [
      ['Key', 'Value'],
      ['base currency', 'EUR'],
    ],
  });
  const sheet = (name: string) => {
    const found = addOn.runtime.spreadsheet.fake.getSheetByName(name);
    if (!found) throw new Error(`No tab ${name}`);
    return found;
  };
  const validation = (name: string, header: string) => {
    const column = tab(addOn, name).header.indexOf(header) + 1;
    return sheet(name).getRange(5, column).getDataValidation();
  };

  it('should add the Contributions and Mobilisation Plan tabs with their headers', () => {
    expect(tab(addOn, 'Contributions').header).toEqual([
      'ID',
      'Partner',
      'Type',
      'Description',
      'Value',
      'Currency',
      'Hours',
      'Date',
      'Goal',
      'Notes',
    ]);
    expect(tab(addOn, 'Mobilisation Plan').header).toEqual([
      'Source Type',
      'Period',
      'Target',
      'Secured',
      'Pipeline',
      'Gap',
      'Share Of Secured',
      'Actions',
      'Owner',
      'Due Date',
    ]);
  });

  it('should append the missing factors to Feedback and keep its answers in place', () => {
    const { header, rows } = tab(addOn, 'Feedback');
    expect(header.slice(0, 8)).toEqual(OLD_FEEDBACK[0]);
    expect(header.slice(8)).toEqual([
      'Shared Vision',
      'Clear Roles',
      'Fair Decisions',
      'Resources',
      'Local Knowledge Valued',
      'Adaptability',
      'Results',
    ]);
    expect(rows[0]?.slice(1, 8)).toEqual(OLD_FEEDBACK[1]?.slice(1));
  });

  it('should take only contribution types, whole ratings 1–5 and dates', () => {
    expect(validation('Contributions', 'Type')?.getCriteriaValues()[0]).toEqual([
      'financial',
      'in-kind',
      'expertise',
      'volunteer time',
      'network',
      'venue',
      'equipment',
    ]);
    expect(validation('Contributions', 'Type')?.getAllowInvalid()).toBe(false);
    expect(validation('Feedback', 'Local Knowledge Valued')?.getCriteriaValues()[0]).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(validation('Contributions', 'Date')?.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(validation('Mobilisation Plan', 'Due Date')?.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(validation('Mobilisation Plan', 'Source Type')?.getAllowInvalid()).toBe(false);
  });

  it('should add the new Settings keys with their defaults, keeping what was set', () => {
    const settings = tab(addOn, 'Settings').rows;
    const value = (key: string) => settings.find((row) => row[0] === key)?.[1];
    expect(value('base currency')).toBe('EUR');
    expect(value('volunteer hour value')).toBe(25);
    expect(value('max share per source type')).toBe(0.5);
    expect(value('survey key hashes')).toBe('');
  });

  it('should change nothing when run again', () => {
    const before = JSON.stringify(addOn.runtime.spreadsheet.snapshot().sheets);
    call(addOn, 'setUpWorkbook');
    expect(JSON.stringify(addOn.runtime.spreadsheet.snapshot().sheets)).toBe(before);
  });
});
