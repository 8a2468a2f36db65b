import { describe, expect, it } from 'vitest';
import { contributionTotals, contributionValue } from '../../shared/mobilisation/contributions.ts';
import { missingPlanRows, readPeriod } from '../../shared/mobilisation/plan.ts';
import { defaultSettings } from '../../shared/settings/settings.ts';

const settings = { ...defaultSettings(), volunteerHourValue: 20 };
const row = (values: Record<string, unknown>) => ({
  partner: '',
  type: '',
  value: '',
  currency: '',
  hours: '',
  ...values,
});

describe('contributionValue', () => {
  it.each([
    [{ type: 'financial', value: 1_000 }, 1_000],
    [{ type: 'in-kind', value: 1_000, currency: 'eur' }, 1_080],
    [{ type: 'volunteer time', hours: 10, value: 999 }, 200],
    [{ type: 'volunteer time', value: 150 }, 150],
    [{ type: 'equipment', value: 100, currency: 'JPY' }, undefined],
    [{ type: 'network' }, undefined],
  ])('should value %j at %j', (values, expected) => {
    expect(contributionValue(row(values), settings)).toBe(expected);
  });
});

describe('contributionTotals', () => {
  it('should total by type and by partner, names matched in any case', () => {
    const totals = contributionTotals(
      [
        row({ partner: 'Riverbend', type: 'financial', value: 500 }),
        row({ partner: 'riverbend ', type: 'volunteer time', hours: 5 }),
        row({ partner: 'Lakeside', type: 'gift', value: 50 }),
        row({ partner: 'Lakeside', type: 'network' }),
      ],
      settings,
    );
    expect(totals.byPartner).toEqual([
      { label: 'Riverbend', items: 2, hours: 5, value: 600 },
      { label: 'Lakeside', items: 2, hours: 0, value: 50 },
    ]);
    expect(totals.byType.find((t) => t.label === 'other')).toEqual({
      label: 'other',
      items: 1,
      hours: 0,
      value: 50,
    });
    expect(totals.total).toBe(650);
    expect(totals.unvalued).toBe(1);
  });
});

describe('the plan’s rows', () => {
  it.each([
    [2026, 2026],
    ['2026', 2026],
    [' 2026 ', 2026],
    ['FY2026', undefined],
    [2026.5, undefined],
  ])('should read the period %j as %j', (cell, year) => expect(readPeriod(cell)).toBe(year));

  it('should list the source types a year lacks', () => {
    expect(
      missingPlanRows(
        [
          { sourceType: 'Foundation', period: 2026, target: '' },
          { sourceType: 'government', period: 2025, target: '' },
        ],
        2026,
      ),
    ).toEqual(['government', 'corporate', 'international', 'crowdfunding', 'community', 'in-kind']);
  });
});
