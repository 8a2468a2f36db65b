import { describe, expect, it } from 'vitest';
import { fundingFigures, summariseFunding } from '../../shared/score/funding.ts';
import { defaultSettings } from '../../shared/settings/settings.ts';

const clock = { today: { year: 2025, month: 3, day: 1 } };
const row = (values: Partial<Record<string, unknown>>) => ({
  stage: '',
  sourceType: '',
  amountMin: '',
  amountMax: '',
  currency: '',
  probability: '',
  deadline: '',
  ...values,
});

describe('fundingFigures', () => {
  const settings = defaultSettings();

  it.each([
    // Amount Max 50,000 × drafting default 40 % = 20,000
    [{ stage: 'drafting', amountMax: 50_000, amountMin: 10_000 }, 20_000],
    // no max: Amount Min 10,000 × typed 25 % = 2,500
    [{ stage: 'prospect', amountMin: 10_000, probability: 0.25 }, 2_500],
    // "30%" typed as text
    [{ stage: 'prospect', amountMax: 1_000, probability: '30%' }, 300],
    // EUR 10,000 × 1.08 × submitted 50 % = 5,400
    [{ stage: 'submitted', amountMax: 10_000, currency: 'EUR' }, 5_400],
    [{ stage: 'awarded', amountMax: 7_000 }, 7_000],
    [{ stage: 'declined', amountMax: 7_000 }, 0],
    // no rate for XYZ, no amount, no stage and no probability: empty
    [{ stage: 'prospect', amountMax: 1_000, currency: 'XYZ' }, undefined],
    [{ stage: 'prospect' }, undefined],
    [{ amountMax: 1_000 }, undefined],
  ])('should weigh %j as %j', (values, weighted) => {
    expect(fundingFigures(row(values), settings, clock).weightedValue).toBe(weighted);
  });

  it.each([
    ['2025-03-15', 14],
    ['2025-03-01', 0],
    ['2025-02-27', -2],
    ['2026-03-01', 365],
    ['', undefined],
    ['soon', undefined],
  ])('should count days to deadline %j as %j', (deadline, days) => {
    expect(fundingFigures(row({ deadline }), settings, clock).daysToDeadline).toBe(days);
  });

  it('should read a Date cell with the sheet zone offset', () => {
    // Midnight 15 March in UTC+10 is 14:00 on 14 March UTC.
    const deadline = new Date(Date.UTC(2025, 2, 14, 14));
    const figures = fundingFigures(row({ deadline }), settings, { ...clock, zoneOffsetMs: 10 * 3_600_000 });
    expect(figures.daysToDeadline).toBe(14);
  });
});

describe('summariseFunding', () => {
  it('should total by stage and source type and give 1 − HHI', () => {
    const settings = defaultSettings();
    const figures = [
      fundingFigures(row({ stage: 'awarded', sourceType: 'government', amountMax: 60_000 }), settings, clock),
      fundingFigures(row({ stage: 'awarded', sourceType: 'foundation', amountMax: 30_000 }), settings, clock),
      fundingFigures(
        row({ stage: 'submitted', sourceType: 'corporate', amountMax: 20_000 }),
        settings,
        clock,
      ),
    ];
    const summary = summariseFunding(figures);
    // weighted: 60,000 / 30,000 / 10,000 of 100,000 → shares .6 .3 .1 → HHI .46 → 0.54
    expect(summary.totalWeighted).toBe(100_000);
    expect(summary.diversification).toBeCloseTo(0.54, 10);
    expect(summary.byStage.find((s) => s.stage === 'awarded')).toEqual({
      stage: 'awarded',
      items: 2,
      amount: 90_000,
      weightedValue: 90_000,
    });
    expect(summary.bySource.find((s) => s.sourceType === 'corporate')?.share).toBeCloseTo(0.1, 10);
  });

  it('should leave diversification empty when nothing is weighted', () => {
    expect(summariseFunding([]).diversification).toBeUndefined();
  });
});
