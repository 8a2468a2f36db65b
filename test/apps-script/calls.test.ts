/**
 * PRODUCT.md "Batch": a tool reads each tab once and writes each computed block once, so its
 * Spreadsheet service calls do not grow with rows. A per-row call anywhere fails these tests.
 */
import { describe, expect, it } from 'vitest';
import { type AddOn, call, rowsOf, setUpWith, tab } from './harness.ts';

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
        'Last Contact',
        'Share Access',
      ],
      each((i) => ({
        'Last Contact': i % 3 === 0 ? '' : `2025-0${(i % 2) + 1}-1${i % 10}`,
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
    // Half the partners already have a due diligence row; checkDueDiligence adds the rest.
    'Due Diligence': rowsOf(
      ['Partner', 'Mission Fit', 'Legal Registration', 'References'],
      each((i) => ({
        Partner: i % 2 === 0 ? `Partner ${i}` : '',
        'Mission Fit': i % 2 === 0 ? 'yes' : '',
        'Legal Registration': ['yes', 'no', 'pending', 'n/a'][i % 4],
        References: i % 5 === 0 ? '' : 'yes',
      })).filter((row) => row.Partner !== ''),
    ),
    Conflicts: rowsOf(
      ['ID', 'Raised On', 'Parties', 'Issue', 'Stage', 'Status'],
      each((i) => ({
        ID: `c${i}`,
        'Raised On': `2025-0${(i % 2) + 1}-0${(i % 9) + 1}`,
        Parties: `Partner ${i}`,
        Issue: 'Reporting delays',
        Stage: `${(i % 5) + 1}`,
        Status: i % 3 === 0 ? 'resolved' : 'open',
      })),
    ),
    'Exit Plan': rowsOf(
      ['Partnership', 'Exit Trigger', 'Planned End', 'Owner'],
      each((i) => ({
        Partnership: `Partnership ${i}`,
        'Exit Trigger': i % 2 === 0 ? 'Funding ends' : '',
        'Planned End': '2026-12-31',
        Owner: 'Ana',
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
  // Growing a tab when added rows do not fit (checkDueDiligence's new rows) is one more call,
  // whatever their number.
  return addOn.runtime.calls.total() - addOn.runtime.calls.get('Sheet.insertRowsAfter');
}

// shareWithPartners: the first run also protects the workbook's computed columns (5 calls each).
// The lifecycle adds two computed Stakeholders columns (Next Check-in, Due Diligence) that the
// first share protects: 14 calls more, the same at any number of rows.
const FIRST_SHARE = 170 + 14;
const RERUN_SHARE = 30;
const small = workbook(100);
const large = workbook(2_000);

describe('service calls per tool run', () => {
  it.each([
    // Next Check-in is a block of its own when setup appended it after the other computed
    // columns, and dating Last Contact reads the sheet's time zone.
    ['scorePartners', 15],
    ['buildStakeholderMap', 15],
    ['updateFundingTracker', 12],
    ['updateImpactScorecard', 12],
    // Each due diligence tab read once, its new rows in one block, each computed block once.
    ['checkDueDiligence', 15],
    // Seven tools with a progress toast per group, one read of Settings, one check of the charts.
    ['refreshDashboard', 55],
    // Settings, Funding, the plan, Contributions, two blocks, and two calls per Dashboard chart to find its own.
    ['updateMobilisationPlan', 40],
    ['summariseHealthCheck', 6],
  ])('should not grow with rows: %s makes the same calls at 100 and 2,000 rows, at most %d', (tool, most) => {
    const calls = callsOf(small, tool);
    expect(callsOf(large, tool)).toBe(calls);
    expect(calls).toBeLessThanOrEqual(most);
  });
});

describe('service calls per agreement', () => {
  it('should draft from 100 or 2,000 rows with the same calls', () => {
    const draft = (addOn: AddOn) => {
      addOn.runtime.ui.answer({ button: 'OK', text: 'Partner 1; Partner 2' });
      addOn.runtime.calls.reset();
      call(addOn, 'draftAgreement');
      expect(addOn.runtime.ui.dialogs.at(-1)?.title).toBe('Draft partnership agreement');
      return addOn.runtime.calls.total();
    };
    const calls = draft(small);
    expect(draft(large)).toBe(calls);
    // Each tab read once, one prompt, one Drive create, one dialog.
    // The Contributions tab is read once too when the workbook has one.
    expect(calls).toBeLessThanOrEqual(28);
  });
});

describe('service calls per progress report', () => {
  it('should draft the report from 100 or 2,000 rows with the same calls', () => {
    const draft = (addOn: AddOn) => {
      addOn.runtime.calls.reset();
      call(addOn, 'draftProgressReport');
      expect(addOn.runtime.ui.dialogs.at(-1)?.title).toBe('Draft progress report');
      return addOn.runtime.calls.total();
    };
    const calls = draft(small);
    expect(draft(large)).toBe(calls);
    // Each tab read once, the deadline tabs again as the calendar reads them (a name per tab), one Drive create, one dialog: 58 measured.
    expect(calls).toBeLessThanOrEqual(60);
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

describe('service calls per shareWithPartners run', () => {
  // The same three partners share in a workbook of 100 or 2,000 stakeholders.
  function sharedWorkbook(rows: number): AddOn {
    const addOn = workbook(rows);
    const header = tab(addOn, 'Stakeholders').header;
    const sheet = addOn.runtime.spreadsheet.fake.getSheetByName('Stakeholders');
    const at = (name: string) => header.indexOf(name) + 1;
    ['viewer', 'commenter', 'editor'].forEach((access, i) => {
      sheet?.getRange(i + 3, at('Emails')).setValue(`p${i}@partner.org`);
      sheet?.getRange(i + 3, at('Share Access')).setValue(access);
    });
    return addOn;
  }

  function callsOfShare(addOn: AddOn): number {
    addOn.runtime.ui.clear();
    addOn.runtime.ui.answer({ button: 'YES' });
    addOn.runtime.calls.reset();
    call(addOn, 'shareWithPartners');
    return addOn.runtime.calls.total();
  }

  it('should make the same calls at 100 and 2,000 rows, creating the room and rerunning with nothing to change', () => {
    const small = sharedWorkbook(100);
    const large = sharedWorkbook(2_000);
    const first = callsOfShare(small);
    expect(callsOfShare(large)).toBe(first);
    // Reads of the tabs, the room made and written in four calls, three grants, the log, protections.
    expect(first).toBeLessThanOrEqual(FIRST_SHARE);
    const rerun = callsOfShare(small);
    expect(callsOfShare(large)).toBe(rerun);
    expect(small.runtime.ui.alerts.at(-1)?.prompt).toContain('Nothing to change');
    expect(rerun).toBeLessThanOrEqual(RERUN_SHARE);
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
