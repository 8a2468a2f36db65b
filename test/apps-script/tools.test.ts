import { describe, expect, it } from 'vitest';
import { call, column, lastAlert, loadAddOn, rowsOf, setUpWith, tab } from './harness.ts';

// Columns shuffled, one extra column a person added, only some headers present before setup.
const STAKEHOLDER_HEADERS = [
  'Trust',
  'Name',
  'My column',
  'Alignment',
  'Influence',
  'Interest',
  'Type',
  'Status',
  'Resources',
];

describe('scorePartners', () => {
  it('should write Score, Tier and Score Notes by header and leave other columns alone', () => {
    const addOn = setUpWith({
      Stakeholders: rowsOf(STAKEHOLDER_HEADERS, [
        { Name: 'A', Trust: 5, Alignment: 4, Resources: 3, 'My column': '=keep' },
        { Name: 'B', Trust: 1, Alignment: 1 },
        { Name: 'C' },
      ]),
    });
    call(addOn, 'scorePartners');
    // A: (100 + 75 + 50) / 3 = 75 → Strategic; B: 0 → Deprioritize; C: nothing rated.
    expect(column(addOn, 'Stakeholders', 'Score')).toEqual([75, 0, '']);
    expect(column(addOn, 'Stakeholders', 'Tier')).toEqual(['Strategic', 'Deprioritize', '']);
    expect(String(column(addOn, 'Stakeholders', 'Score Notes')[2])).toMatch(/no criteria rated/i);
    expect(column(addOn, 'Stakeholders', 'My column')).toEqual(['=keep', '', '']);
    expect(column(addOn, 'Stakeholders', 'Trust')).toEqual([5, 1, '']);
    const dashboard = tab(addOn, 'Dashboard').rows;
    expect(dashboard.find((r) => r[0] === 'Strategic')?.slice(0, 3)).toEqual(['Strategic', 1, 0.5]);
    expect(addOn.runtime.ui.toasts.at(-1)?.message).toBe('Scored 2 of 3 stakeholders.');
  });

  it('should show one clear message when the workbook is not set up', () => {
    const addOn = loadAddOn();
    call(addOn, 'scorePartners');
    expect(lastAlert(addOn)).toMatch(/Set up workbook/);
    expect(lastAlert(addOn)).not.toMatch(/at .*Code\.js/);
  });
});

describe('buildStakeholderMap', () => {
  it('should place each stakeholder in a quadrant and flag an over-concentrated type', () => {
    const addOn = setUpWith({
      Stakeholders: rowsOf(STAKEHOLDER_HEADERS, [
        { Name: 'A', Influence: 5, Interest: 4, Type: 'foundation' },
        { Name: 'B', Influence: 4, Interest: 2, Type: 'foundation' },
        { Name: 'C', Influence: 1, Interest: 3, Type: 'ngo' },
        { Name: 'D', Influence: 2, Interest: 1, Type: 'foundation', Status: 'exited' },
        { Name: 'E', Influence: 3, Type: 'corporate' },
      ]),
    });
    call(addOn, 'buildStakeholderMap');
    expect(column(addOn, 'Stakeholders', 'Quadrant')).toEqual([
      'Manage closely',
      'Keep satisfied',
      'Keep informed',
      'Monitor',
      '',
    ]);
    const dashboard = tab(addOn, 'Dashboard').rows;
    // Active: A, B, C, E → foundation 2 of 4 = 0.5: not over half.
    expect(dashboard.find((r) => r[4] === 'foundation')?.slice(4, 8)).toEqual(['foundation', 2, 0.5, '']);
    expect(dashboard.find((r) => r[4] === 'Manage closely')?.[5]).toBe(1);
    const charts =
      addOn.runtime.spreadsheet.snapshot().sheets.find((s) => s.name === 'Dashboard')?.charts ?? [];
    expect(charts.map((c) => c.type)).toContain('BUBBLE');
  });
});

describe('updateFundingTracker', () => {
  it('should weigh opportunities, count days to deadline and total by stage and source', () => {
    const headers = [
      'Opportunity',
      'Stage',
      'Amount Max',
      'Amount Min',
      'Currency',
      'Probability',
      'Deadline',
      'Source Type',
    ];
    const addOn = setUpWith({
      Funding: rowsOf(headers, [
        {
          Opportunity: 'A',
          Stage: 'drafting',
          'Amount Max': 50_000,
          Deadline: '2025-03-11',
          'Source Type': 'government',
        },
        {
          Opportunity: 'B',
          Stage: 'prospect',
          'Amount Min': 10_000,
          Currency: 'EUR',
          Probability: 0.5,
          'Source Type': 'foundation',
        },
        {
          Opportunity: 'C',
          Stage: 'awarded',
          'Amount Max': 9_200,
          Deadline: '2025-02-20',
          'Source Type': 'corporate',
        },
      ]),
    });
    call(addOn, 'updateFundingTracker');
    // A: 50,000 × 40 % = 20,000; B: 10,000 EUR × 1.08 × 50 % = 5,400; C: 9,200 × 100 %.
    expect(column(addOn, 'Funding', 'Weighted Value')).toEqual([20_000, 5_400, 9_200]);
    // Today is 2025-03-01.
    expect(column(addOn, 'Funding', 'Days To Deadline')).toEqual([10, '', -9]);
    const dashboard = tab(addOn, 'Dashboard').rows;
    expect(dashboard.find((r) => r[10] === 'drafting')?.slice(10, 14)).toEqual([
      'drafting',
      1,
      50_000,
      20_000,
    ]);
    // Shares 20,000 / 5,400 / 9,200 of 34,600 → 1 − Σ share² ≈ 0.5989
    const diversification = dashboard.find((r) => String(r[10]).startsWith('Diversification'))?.[11];
    const shares = [20_000, 5_400, 9_200].map((v) => v / 34_600);
    expect(diversification).toBeCloseTo(1 - shares.reduce((s, x) => s + x * x, 0), 10);
  });
});

describe('updateImpactScorecard', () => {
  it('should measure progress against time and check SMART fields', () => {
    const headers = [
      'Goal',
      'Indicator',
      'Unit',
      'Baseline',
      'Target',
      'Actual',
      'Start Date',
      'Due Date',
      'Owner',
    ];
    const addOn = setUpWith({
      Impact: rowsOf(headers, [
        // 2025-02-01 → 2025-03-31: 58 days, 28 passed by 2025-03-01 → expected 28/58.
        {
          Goal: 'Reading',
          Indicator: 'Kids',
          Unit: 'kids',
          Baseline: 0,
          Target: 200,
          Actual: 80,
          'Start Date': '2025-02-01',
          'Due Date': '2025-03-31',
          Owner: 'Ana',
        },
        {
          Goal: 'Reading',
          Indicator: 'Books',
          Unit: '',
          Baseline: 10,
          Target: 20,
          Actual: 20,
          'Start Date': '2025-02-01',
          'Due Date': '2025-03-31',
        },
      ]),
    });
    call(addOn, 'updateImpactScorecard');
    const progress = column(addOn, 'Impact', 'Progress');
    expect(progress[0]).toBeCloseTo(0.4, 10);
    expect(progress[1]).toBe(1);
    expect(column(addOn, 'Impact', 'Expected')[0]).toBeCloseTo(28 / 58, 10);
    // 0.4 ≥ 28/58 − 0.10 ≈ 0.383 → on track
    expect(column(addOn, 'Impact', 'Status')).toEqual(['on track', 'done']);
    expect(column(addOn, 'Impact', 'SMART Check')).toEqual(['ok', 'missing: unit, owner']);
    const goal = tab(addOn, 'Dashboard').rows.find((r) => r[15] === 'Reading');
    expect(goal?.slice(15, 21)).toEqual(['Reading', 2, 0.7, 1, 1, 0]);
  });
});

describe('refreshDashboard', () => {
  it('should run every tool in one go and report progress', () => {
    const addOn = setUpWith({ Stakeholders: rowsOf(STAKEHOLDER_HEADERS, [{ Name: 'A', Trust: 5 }]) });
    call(addOn, 'refreshDashboard');
    expect(column(addOn, 'Stakeholders', 'Score')).toEqual([100]);
    const toasts = addOn.runtime.ui.toasts.map((t) => t.message);
    expect(toasts.some((m) => m.includes('(2/4)'))).toBe(true);
    expect(toasts.at(-1)).toMatch(/^Dashboard refreshed/);
  });
});
