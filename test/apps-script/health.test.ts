/**
 * summariseHealthCheck through the built bundle: per factor means and bands, the "partners
 * disagree" flag, per partner means, for a seeded Feedback table with typed-in noise.
 */
import { describe, expect, it } from 'vitest';
import { call, rowsOf, setUpWith } from './harness.ts';

const HEADERS = [
  'Timestamp',
  'Partner',
  'Respondent',
  'Shared Vision',
  'Clear Roles',
  'Trust',
  'Communication',
  'Results',
  'Comments',
];

describe('summariseHealthCheck', () => {
  const addOn = setUpWith({
    // An older workbook's Feedback tab: setup adds the missing factor columns after these.
    Feedback: rowsOf(HEADERS, [
      {
        Partner: 'Riverbend',
        Respondent: 'Ana',
        'Shared Vision': 5,
        'Clear Roles': 3,
        Trust: 4,
        Communication: 2,
        Results: 5,
      },
      {
        Partner: 'Riverbend',
        Respondent: 'Ben',
        'Shared Vision': 5,
        'Clear Roles': 3,
        Trust: 5,
        Communication: 2,
        Results: 4,
      },
      {
        Partner: 'lakeside',
        Respondent: 'Cy',
        'Shared Vision': 2,
        'Clear Roles': 5,
        Trust: 4,
        Communication: 3,
        Results: 3,
      },
      // Not ratings (out of range, not whole, words): the row counts for nothing.
      { Partner: 'Harbor', Respondent: 'Di', 'Shared Vision': 6, Trust: 2.5, Results: 'good' },
    ]),
  });
  call(addOn, 'summariseHealthCheck');
  const dashboard = addOn.runtime.spreadsheet.values('Dashboard') ?? [];
  const top = dashboard.findIndex((row) => String(row[8]).startsWith('Partnership health'));
  const block = dashboard.slice(top).map((row) => row.slice(8, 13));
  const line = (label: string) => block.find((row) => row[0] === label);

  it('should write one block with the number of answers', () => {
    expect(addOn.runtime.ui.alerts).toEqual([]);
    expect(block[0]?.[0]).toBe('Partnership health (3 answers)');
  });

  it.each([
    // factor, mean, band, answers, flag
    ['Shared Vision', 4, 'strength', 3, 'partners disagree'], // Riverbend 5, Lakeside 2
    ['Clear Roles', 11 / 3, 'borderline', 3, 'partners disagree'], // 3 vs 5: exactly 2 apart
    ['Trust', 13 / 3, 'strength', 3, ''], // 4.5 vs 4
    ['Communication', 7 / 3, 'needs attention', 3, ''],
    ['Results', 4, 'strength', 3, ''], // 4.5 vs 3
  ])('should summarise %s: mean %d, band %s', (factor, mean, band, answers, flag) => {
    const row = line(factor);
    expect(row?.[1]).toBeCloseTo(mean, 6);
    expect(row?.slice(2)).toEqual([band, answers, flag]);
  });

  it('should leave factors nobody rated without a mean or band', () => {
    expect(line('Adaptability')).toEqual(['Adaptability', '', '', 0, '']);
  });

  it('should give each partner the mean over all factors of their answers', () => {
    expect(line('Riverbend')?.[1]).toBeCloseTo(38 / 10, 6);
    expect(line('lakeside')?.[1]).toBeCloseTo(17 / 5, 6);
    expect(line('Harbor')).toBeUndefined();
  });

  it('should say what needs attention and where partners disagree', () => {
    const toast = addOn.runtime.ui.toasts.at(-1)?.message ?? '';
    expect(toast).toMatch(/Needs attention: Communication/);
    expect(toast).toMatch(/Partners disagree on: Shared Vision, Clear Roles/);
  });

  it('should add the ten factors to an existing Feedback tab without touching its rows', () => {
    const feedback = addOn.runtime.spreadsheet.values('Feedback') ?? [];
    expect(feedback[0]?.slice(0, HEADERS.length)).toEqual(HEADERS);
    expect(feedback[0]).toEqual(
      expect.arrayContaining([
        'Mutual Benefit',
        'Fair Decisions',
        'Local Knowledge Valued',
        'Adaptability',
        'Continue',
      ]),
    );
    expect(feedback[1]?.slice(1, 4)).toEqual(['Riverbend', 'Ana', 5]);
  });
});
