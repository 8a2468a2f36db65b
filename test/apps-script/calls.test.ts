/**
 * PRODUCT.md "Batch": a tool reads each tab once and writes each computed block once, so its
 * Spreadsheet service calls do not grow with rows. A per-row call anywhere fails these tests.
 */
import { describe, expect, it } from 'vitest';
import { type AddOn, call, rowsOf, setUpWith } from './harness.ts';

const TYPES = ['foundation', 'corporate', 'government', 'ngo', 'academic'];
const STAGES = ['prospect', 'researching', 'drafting', 'submitted', 'awarded'];
const SOURCES = ['government', 'foundation', 'corporate'];

function workbook(rows: number): AddOn {
  const each = <T>(make: (i: number) => T) => Array.from({ length: rows }, (_, i) => make(i));
  return setUpWith({
    Stakeholders: rowsOf(
      [
        'Name',
        'Type',
        'Influence',
        'Interest',
        'Alignment',
        'Mutual Benefit',
        'Trust',
        'Status',
        'Share Access',
      ],
      each((i) => ({
        Name: `Partner ${i}`,
        Type: TYPES[i % TYPES.length],
        Influence: (i % 5) + 1,
        Interest: ((i * 3) % 5) + 1,
        Alignment: ((i * 7) % 5) + 1,
        'Mutual Benefit': i % 4 === 0 ? '' : ((i * 2) % 5) + 1,
        Trust: 5,
        Status: i % 10 === 0 ? 'exited' : 'active',
        'Share Access': i % 50 === 0 ? 'viewer' : 'none',
      })),
    ),
    Funding: rowsOf(
      ['Opportunity', 'Stage', 'Amount Max', 'Currency', 'Deadline', 'Source Type'],
      each((i) => ({
        Opportunity: `Call ${i}`,
        Stage: STAGES[i % STAGES.length],
        'Amount Max': 1_000 + (i % 100) * 500,
        Currency: i % 3 === 0 ? 'EUR' : 'USD',
        Deadline: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
        'Source Type': SOURCES[i % SOURCES.length],
      })),
    ),
    Impact: rowsOf(
      ['Goal', 'Indicator', 'Unit', 'Baseline', 'Target', 'Actual', 'Start Date', 'Due Date', 'Owner'],
      each((i) => ({
        Goal: `Goal ${i % 30}`,
        Indicator: 'People reached',
        Unit: 'people',
        Baseline: 0,
        Target: 100,
        Actual: i % 120,
        'Start Date': '2025-01-01',
        'Due Date': '2025-12-31',
        Owner: i % 2 === 0 ? 'Ana' : '',
      })),
    ),
    Contributions: rowsOf(
      ['Partner', 'Type', 'Value', 'Currency', 'Hours'],
      each((i) => ({
        Partner: `Partner ${i % 60}`,
        Type: i % 4 === 0 ? 'volunteer time' : 'in-kind',
        Value: i % 4 === 0 ? '' : 100 + i,
        Currency: i % 3 === 0 ? 'EUR' : 'USD',
        Hours: i % 4 === 0 ? 8 : '',
      })),
    ),
    'Mobilisation Plan': rowsOf(
      ['Source Type', 'Period', 'Target'],
      each((i) => ({ 'Source Type': SOURCES[i % SOURCES.length], Period: 2000 + (i % 26), Target: 10_000 })),
    ),
    Feedback: rowsOf(
      ['Timestamp', 'Partner', 'Shared Vision', 'Trust', 'Results'],
      each((i) => ({
        Timestamp: '2025-02-01',
        Partner: `Partner ${i % 50}`,
        'Shared Vision': (i % 5) + 1,
        Trust: ((i * 3) % 5) + 1,
        Results: i % 7 === 0 ? '' : 4,
      })),
    ),
  });
}

/** Service calls of one run of a tool; fails when the tool reported an error. */
function callsOf(addOn: AddOn, tool: string): number {
  addOn.runtime.ui.clear();
  addOn.runtime.calls.reset();
  call(addOn, tool);
  expect(addOn.runtime.ui.alerts).toEqual([]);
  return addOn.runtime.calls.total();
}

const small = workbook(100);
const large = workbook(2_000);

describe('service calls per tool run', () => {
  it.each([
    ['scorePartners', 12],
    ['buildStakeholderMap', 12],
    ['updateFundingTracker', 12],
    ['updateImpactScorecard', 12],
    // Three tools with a progress toast each, one read of Settings, one check of the charts.
    ['refreshDashboard', 30],
    // Settings, Funding, the plan, Contributions, two blocks, and two calls per Dashboard chart to find its own.
    ['updateMobilisationPlan', 40],
    ['summariseHealthCheck', 6],
  ])('should not grow with rows: %s makes the same calls at 100 and 2,000 rows, at most %d', (tool, most) => {
    const calls = callsOf(small, tool);
    expect(callsOf(large, tool)).toBe(calls);
    expect(calls).toBeLessThanOrEqual(most);
  });
});

describe('service calls per doPost', () => {
  const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const clips = (count: number, from: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: uuid(from + i),
      kind: i % 2 === 0 ? 'organization' : 'opportunity',
      capturedAt: '2026-11-22T10:00:00Z',
      sourceUrl: `https://probe.example/${from + i}`,
      organization: { name: `Clipped ${from + i}`, website: `https://clipped${from + i}.example` },
      opportunity: { title: `Grant ${from + i}`, funderName: `Partner ${i}` },
    }));

  function callsOfPost(addOn: AddOn, body: Record<string, unknown>): number {
    addOn.runtime.execution.ui = false;
    addOn.runtime.calls.reset();
    const contents = JSON.stringify(body);
    const output = call(addOn, 'doPost', {
      postData: { contents, type: 'text/plain', length: contents.length },
    });
    const answer = JSON.parse((output as { getContent(): string }).getContent()) as { ok: boolean };
    expect(answer.ok).toBe(true);
    // Growing the tab when the new rows do not fit is one more call, whatever their number.
    return addOn.runtime.calls.total() - addOn.runtime.calls.get('Sheet.insertRowsAfter');
  }

  function connectedWorkbook(rows: number): { addOn: AddOn; token: string } {
    const addOn = workbook(rows);
    call(addOn, 'connectClipper');
    const html = addOn.runtime.ui.dialogs.at(-1)?.html ?? '';
    return { addOn, token: /id="partnerkit-token">([^<]+)</.exec(html)?.[1] ?? '' };
  }

  it('should save 10 or 400 new clips with the same calls', () => {
    const small = connectedWorkbook(100);
    const large = connectedWorkbook(2_000);
    const few = callsOfPost(small.addOn, { v: 1, token: small.token, clips: clips(10, 1) });
    const many = callsOfPost(large.addOn, { v: 1, token: large.token, clips: clips(400, 1) });
    expect(many).toBe(few);
    // Per tab: its header, the columns clips are matched by, and one block of the rows to fill.
    expect(few).toBeLessThanOrEqual(22);
  });

  it('should answer 10 or 400 lookups of both kinds with the same calls', () => {
    const small = connectedWorkbook(100);
    const large = connectedWorkbook(2_000);
    const queries = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        i % 2 === 0 ? { name: `Partner ${i}` } : { title: `Call ${i}`, url: `https://x.example/${i}` },
      );
    const few = callsOfPost(small.addOn, { v: 1, token: small.token, lookup: queries(10) });
    const many = callsOfPost(large.addOn, { v: 1, token: large.token, lookup: queries(400) });
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(12);
  });
});

describe('service calls per survey answer', () => {
  function surveyKeyOf(addOn: AddOn): string {
    call(addOn, 'createSurveyLinks');
    const html = addOn.runtime.ui.dialogs.at(-1)?.html ?? '';
    return /survey=([A-Za-z0-9_-]+)/.exec(html)?.[1] ?? '';
  }

  function callsOfAnswer(addOn: AddOn, key: string): number {
    addOn.runtime.execution.ui = false;
    addOn.runtime.calls.reset();
    const output = call(addOn, 'doPost', {
      parameter: { survey: key, trust: '4', comments: 'fine' },
      postData: {
        contents: `survey=${key}&trust=4&comments=fine`,
        type: 'application/x-www-form-urlencoded',
      },
    });
    expect((output as { getContent(): string }).getContent()).toMatch(/<h1>Thank you/);
    return addOn.runtime.calls.total() - addOn.runtime.calls.get('Sheet.insertRowsAfter');
  }

  it('should append an answer with the same calls beside 100 or 2,000 Feedback rows', () => {
    const small = workbook(100);
    const large = workbook(2_000);
    const few = callsOfAnswer(small, surveyKeyOf(small));
    expect(callsOfAnswer(large, surveyKeyOf(large))).toBe(few);
    expect(few).toBeLessThanOrEqual(18);
  });

  it('should make survey links with the same Spreadsheet calls for 2 or 40 partners', () => {
    const spreadsheetCalls = (addOn: AddOn) => {
      addOn.runtime.ui.clear();
      addOn.runtime.calls.reset();
      call(addOn, 'createSurveyLinks');
      expect(addOn.runtime.ui.alerts).toEqual([]);
      const utilities = addOn.runtime.calls.get('Utilities.*');
      return { other: addOn.runtime.calls.total() - utilities, utilities };
    };
    const few = spreadsheetCalls(workbook(100));
    const many = spreadsheetCalls(workbook(2_000));
    // Stakeholders, Settings, one write of the keys' hashes, the web app's address, the dialog.
    expect(many.other).toBe(few.other);
    expect(few.other).toBeLessThanOrEqual(18);
    // In-process work per partner given a link (two UUIDs, two digests, one encoding), no sheet calls.
    expect(few.utilities).toBe(2 * 5);
    expect(many.utilities).toBe(40 * 5);
  });
});
