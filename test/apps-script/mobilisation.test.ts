/**
 * updateMobilisationPlan through the built bundle: Secured, Pipeline, Gap and Share Of Secured
 * computed by hand for a seeded Funding table (USD base, EUR and GBP rows, every stage, a row
 * without deadline), the concentration flag, and the Dashboard's contribution totals.
 */
import { describe, expect, it } from 'vitest';
import { type AddOn, call, rowsOf, setUpWith, tab } from './harness.ts';

const FUNDING_HEADERS = [
  'Opportunity',
  'Source Type',
  'Amount Min',
  'Amount Max',
  'Currency',
  'Deadline',
  'Stage',
  'Probability',
];
// "Today" is 2025-03-01 (harness), so the current period is 2025. EUR 1.08, GBP 1.27 (defaults).
const FUNDING = rowsOf(FUNDING_HEADERS, [
  {
    Opportunity: 'F awarded',
    'Source Type': 'foundation',
    'Amount Max': 50_000,
    Currency: 'USD',
    Deadline: '2025-06-30',
    Stage: 'awarded',
  },
  {
    Opportunity: 'F awarded EUR',
    'Source Type': 'foundation',
    'Amount Max': 20_000,
    Currency: 'EUR',
    Deadline: '2025-02-01',
    Stage: 'awarded',
  },
  {
    Opportunity: 'G awarded, no deadline',
    'Source Type': 'government',
    'Amount Max': 30_000,
    Stage: 'awarded',
  },
  {
    Opportunity: 'G awarded 2024',
    'Source Type': 'government',
    'Amount Max': 40_000,
    Deadline: '2024-11-30',
    Stage: 'awarded',
  },
  {
    Opportunity: 'C submitted EUR',
    'Source Type': 'corporate',
    'Amount Max': 10_000,
    Currency: 'EUR',
    Deadline: '2025-09-01',
    Stage: 'submitted',
  },
  {
    Opportunity: 'C drafting',
    'Source Type': 'corporate',
    'Amount Max': 20_000,
    Deadline: '2025-10-01',
    Stage: 'drafting',
  },
  {
    Opportunity: 'F researching',
    'Source Type': 'foundation',
    'Amount Max': 15_000,
    Deadline: '2025-05-01',
    Stage: 'researching',
  },
  {
    Opportunity: 'F prospect min only',
    'Source Type': 'foundation',
    'Amount Min': 5_000,
    Deadline: '2025-12-01',
    Stage: 'prospect',
    Probability: '30%',
  },
  {
    Opportunity: 'C declined',
    'Source Type': 'corporate',
    'Amount Max': 100_000,
    Deadline: '2025-04-01',
    Stage: 'declined',
  },
  {
    Opportunity: 'G withdrawn',
    'Source Type': 'government',
    'Amount Max': 50_000,
    Deadline: '2025-04-01',
    Stage: 'withdrawn',
  },
  {
    Opportunity: 'Community awarded GBP',
    'Source Type': 'community',
    'Amount Max': 4_000,
    Currency: 'GBP',
    Deadline: '2025-04-01',
    Stage: 'awarded',
  },
  {
    Opportunity: 'C prospect 2026',
    'Source Type': 'corporate',
    'Amount Max': 90_000,
    Deadline: '2026-01-15',
    Stage: 'prospect',
  },
]);

const PLAN_HEADERS = ['Source Type', 'Period', 'Target', 'Actions', 'Owner'];
const PLAN = rowsOf(PLAN_HEADERS, [
  { 'Source Type': 'foundation', Period: 2025, Target: 60_000, Actions: 'Renew Riverbend', Owner: 'Ana' },
  { 'Source Type': 'corporate', Period: 2025, Target: 50_000, Actions: 'CSR pitch' },
  { 'Source Type': 'government', Period: '2025', Target: 50_000 },
  { 'Source Type': 'government', Period: 2024, Target: 40_000 },
]);

function seeded(): AddOn {
  const addOn = setUpWith({
    Funding: FUNDING,
    'Mobilisation Plan': PLAN,
    Contributions: rowsOf(
      ['Partner', 'Type', 'Description', 'Value', 'Currency', 'Hours'],
      [
        { Partner: 'Riverbend', Type: 'financial', Description: 'Grant', Value: 10_000, Currency: 'USD' },
        { Partner: 'Riverbend', Type: 'volunteer time', Description: 'Tutors', Hours: 40 },
        { Partner: 'Lakeside', Type: 'in-kind', Description: 'Laptops', Value: 2_000, Currency: 'EUR' },
        { Partner: 'Lakeside', Type: 'expertise', Description: 'Audit', Value: 500, Currency: 'GBP' },
      ],
    ),
    Settings: [
      ['Key', 'Value'],
      ['volunteer hour value', 30],
    ],
  });
  call(addOn, 'updateMobilisationPlan');
  expect(addOn.runtime.ui.alerts).toEqual([]);
  return addOn;
}

function planRows(addOn: AddOn): Record<string, unknown>[] {
  const { header, rows } = tab(addOn, 'Mobilisation Plan');
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

const find = (rows: Record<string, unknown>[], type: string, period: number) =>
  rows.find((r) => r['Source Type'] === type && Number(r.Period) === period);

describe('updateMobilisationPlan', () => {
  const addOn = seeded();
  const rows = planRows(addOn);
  const allSecured2025 = 50_000 + 21_600 + 30_000 + 5_080;

  it('should compute secured from awarded rows of the year, converted, with an undated award in the current year', () => {
    expect(find(rows, 'foundation', 2025)?.Secured).toBeCloseTo(71_600, 2);
    expect(find(rows, 'government', 2025)?.Secured).toBeCloseTo(30_000, 2);
    expect(find(rows, 'government', 2024)?.Secured).toBeCloseTo(40_000, 2);
    expect(find(rows, 'corporate', 2025)?.Secured).toBe(0);
  });

  it('should compute pipeline as the weighted value of open rows only (prospect to submitted)', () => {
    // corporate: EUR 10,000 × 1.08 × 50 % + 20,000 × 40 %; the declined row and the 2026 one do not count
    expect(find(rows, 'corporate', 2025)?.Pipeline).toBeCloseTo(5_400 + 8_000, 2);
    // foundation: 15,000 × 20 % + Amount Min 5,000 × typed 30 %
    expect(find(rows, 'foundation', 2025)?.Pipeline).toBeCloseTo(3_000 + 1_500, 2);
    expect(find(rows, 'government', 2025)?.Pipeline).toBe(0);
  });

  it('should compute the gap as what the target still lacks, never below zero', () => {
    expect(find(rows, 'foundation', 2025)?.Gap).toBe(0);
    expect(find(rows, 'corporate', 2025)?.Gap).toBeCloseTo(50_000 - 13_400, 2);
    expect(find(rows, 'government', 2025)?.Gap).toBeCloseTo(20_000, 2);
  });

  it('should compute each source type’s share of the year’s secured funding', () => {
    expect(find(rows, 'foundation', 2025)?.['Share Of Secured']).toBeCloseTo(71_600 / allSecured2025, 6);
    expect(find(rows, 'government', 2025)?.['Share Of Secured']).toBeCloseTo(30_000 / allSecured2025, 6);
    expect(find(rows, 'government', 2024)?.['Share Of Secured']).toBe(1);
  });

  it('should add the current year’s missing source types once and keep what people typed', () => {
    const added = rows.filter((r) => Number(r.Period) === 2025).map((r) => r['Source Type']);
    expect(added.sort()).toEqual([
      'community',
      'corporate',
      'crowdfunding',
      'foundation',
      'government',
      'in-kind',
      'international',
    ]);
    expect(find(rows, 'community', 2025)?.Secured).toBeCloseTo(5_080, 2);
    expect(find(rows, 'foundation', 2025)?.Actions).toBe('Renew Riverbend');
    expect(find(rows, 'foundation', 2025)?.Owner).toBe('Ana');
    call(addOn, 'updateMobilisationPlan');
    expect(planRows(addOn)).toHaveLength(rows.length);
  });

  it('should flag the source type above the max share per source type, on the Dashboard and in the toast', () => {
    const dashboard = addOn.runtime.spreadsheet.values('Dashboard') ?? [];
    const line = (type: string) => dashboard.find((row) => row[0] === type && typeof row[2] === 'number');
    expect(line('foundation')?.[6]).toBe('over-concentrated');
    expect(line('government')?.[6]).toBe('');
    expect(addOn.runtime.ui.toasts.at(-1)?.message).toMatch(/Over-concentrated: foundation/);
  });

  it('should chart target vs secured vs pipeline per source type once', () => {
    const charts = addOn.runtime.spreadsheet.fake
      .getSheetByName('Dashboard')
      ?.getCharts()
      .filter((c) => String(c.getOptions().get('title')).startsWith('Mobilisation'));
    expect(charts).toHaveLength(1);
  });

  it('should total contributions by partner and type in the base currency, volunteer hours at the Settings rate', () => {
    const dashboard = addOn.runtime.spreadsheet.values('Dashboard') ?? [];
    const block = dashboard.slice(dashboard.findIndex((row) => row[0] === 'Contributions (USD)'));
    const value = (label: string) => block.find((row) => row[0] === label)?.[3];
    expect(value('financial')).toBe(10_000);
    expect(value('volunteer time')).toBe(1_200);
    expect(value('in-kind')).toBeCloseTo(2_160, 2);
    expect(value('expertise')).toBeCloseTo(635, 2);
    expect(value('Riverbend')).toBeCloseTo(11_200, 2);
    expect(value('Lakeside')).toBeCloseTo(2_795, 2);
    expect(value('Total')).toBeCloseTo(13_995, 2);
  });

  it('should flag a source type only above the share set in Settings', () => {
    const strict = setUpWith({
      Funding: FUNDING,
      Settings: [
        ['Key', 'Value'],
        ['max share per source type', 0.8],
      ],
    });
    call(strict, 'updateMobilisationPlan');
    const dashboard = strict.runtime.spreadsheet.values('Dashboard') ?? [];
    const foundation = dashboard.find((row) => row[0] === 'foundation' && typeof row[2] === 'number');
    expect(foundation?.[6]).toBe('');
  });
});
