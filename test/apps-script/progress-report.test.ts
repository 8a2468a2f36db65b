/**
 * draftProgressReport through the built bundle: one Google Doc per run whose tables hold the
 * seeded workbook's numbers (goals, milestones, funding, contributions, health, conflicts, the next
 * 30 days), with workbook text shown as text. "Now" is 2025-03-01 (the harness clock).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type AddOn, call, rowsOf, setUpWith } from './harness.ts';

const HOSTILE_PARTNER = 'Acme <script>alert(1)</script> Trust';
const HOSTILE_MILESTONE = "=cmd|' /C calc'!A0";

function workbook(): AddOn {
  return setUpWith({
    Impact: rowsOf(
      ['Goal', 'Indicator', 'Unit', 'Baseline', 'Target', 'Actual', 'Start Date', 'Due Date'],
      [
        {
          Goal: 'Safe water for 5,000 people',
          Indicator: 'People served',
          Unit: 'people',
          Baseline: 0,
          Target: 5000,
          Actual: 1250,
          'Start Date': '2025-01-01',
          'Due Date': '2025-12-31',
        },
      ],
    ),
    'Action Plan': rowsOf(
      ['ID', 'Milestone', 'Responsible', 'Due Date', 'Status'],
      [
        {
          ID: 'a1',
          Milestone: 'Drill two boreholes',
          Responsible: 'Riverbend',
          'Due Date': '2025-01-15',
          Status: 'in progress',
        },
        {
          ID: 'a2',
          Milestone: HOSTILE_MILESTONE,
          Responsible: HOSTILE_PARTNER,
          'Due Date': '2025-02-01',
          Status: 'done',
        },
        {
          ID: 'a3',
          Milestone: 'Train the water committee',
          Responsible: 'Ana',
          'Due Date': '2025-03-20',
          Status: 'planned',
        },
        {
          ID: 'a4',
          Milestone: 'Evaluate the pilot',
          Responsible: 'Ana',
          'Due Date': '2025-06-30',
          Status: 'planned',
        },
      ],
    ),
    Funding: rowsOf(
      ['ID', 'Opportunity', 'Source Type', 'Amount Max', 'Currency', 'Deadline', 'Stage', 'Probability'],
      [
        {
          ID: 'f1',
          Opportunity: 'Water grant',
          'Source Type': 'foundation',
          'Amount Max': 20000,
          Currency: 'USD',
          Deadline: '2025-01-10',
          Stage: 'awarded',
        },
        {
          ID: 'f2',
          Opportunity: 'County fund',
          'Source Type': 'government',
          'Amount Max': 10000,
          Currency: 'USD',
          Deadline: '2025-03-15',
          Stage: 'drafting',
          Probability: 0.5,
        },
        {
          ID: 'f3',
          Opportunity: 'Lost bid',
          'Source Type': 'corporate',
          'Amount Max': 9000,
          Currency: 'USD',
          Stage: 'declined',
        },
      ],
    ),
    Contributions: rowsOf(
      ['ID', 'Partner', 'Type', 'Description', 'Value', 'Currency', 'Hours'],
      [
        {
          ID: 'k1',
          Partner: HOSTILE_PARTNER,
          Type: 'venue',
          Description: 'Hall',
          Value: 1200,
          Currency: 'USD',
        },
      ],
    ),
    Feedback: rowsOf(
      ['Timestamp', 'Partner', 'Trust', 'Results'],
      [
        { Timestamp: '2025-02-01', Partner: HOSTILE_PARTNER, Trust: 5, Results: 4 },
        { Timestamp: '2025-02-02', Partner: 'Riverbend', Trust: 2, Results: 4 },
      ],
    ),
    Conflicts: rowsOf(
      ['ID', 'Raised On', 'Parties', 'Issue', 'Stage', 'Stage Due', 'Status', 'Resolution'],
      [
        {
          ID: 'c1',
          'Raised On': '2025-02-20',
          Parties: 'Riverbend',
          Issue: 'Late <b>reports</b>',
          Stage: '1',
          'Stage Due': '2025-02-27',
          Status: 'open',
        },
        {
          ID: 'c2',
          'Raised On': '2024-11-01',
          Parties: 'Acme',
          Issue: 'Logo use',
          Stage: '2',
          Status: 'resolved',
          Resolution: 'Agreed brand rules',
        },
      ],
    ),
  });
}

function documents(addOn: AddOn) {
  return [...addOn.runtime.drive.files.values()].filter(
    (file) => file.mimeType === 'application/vnd.google-apps.document',
  );
}

function report(addOn: AddOn) {
  const html = documents(addOn)[0]?.html ?? '';
  const { document } = parseHTML(html);
  const rows = [...document.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent),
  );
  return { html, document, rows, text: document.body.textContent ?? '' };
}

describe('draftProgressReport', () => {
  it("should create exactly one Google Doc holding the workbook's numbers as tables, and show its link", () => {
    const addOn = workbook();
    call(addOn, 'draftProgressReport');
    expect(documents(addOn)).toHaveLength(1);
    const { rows, text } = report(addOn);
    // Goals and indicators: 1,250 of 5,000 people is 25%, ahead of the 16% two months of twelve expect.
    expect(rows).toContainEqual(['Safe water for 5,000 people', '1', '25%', '0', '1', '0', '0']);
    expect(rows).toContainEqual([
      'Safe water for 5,000 people',
      'People served',
      '25%',
      'on track',
      '2025-12-31',
    ]);
    // Milestones: done, and overdue (due before 2025-03-01 and not done); a later one is neither.
    expect(rows).toContainEqual([HOSTILE_MILESTONE, HOSTILE_PARTNER, '2025-02-01']);
    expect(rows).toContainEqual(['Drill two boreholes', 'Riverbend', '2025-01-15']);
    expect(text).toContain('Overdue (1)');
    expect(text).not.toContain('Evaluate the pilot');
    // Funding: secured is the award, the pipeline the weighted open stages; a declined bid is neither.
    expect(rows).toContainEqual(['foundation', '20000', '0']);
    expect(rows).toContainEqual(['government', '0', '5000']);
    expect(rows).toContainEqual(['Total', '20000', '5000']);
    expect(text).not.toMatch(/corporate/);
    // Contributions, health (Trust 5 and 2: mean 3.5, and the partners disagree), conflicts.
    expect(rows).toContainEqual([HOSTILE_PARTNER, '1', '0', '1200']);
    expect(rows).toContainEqual(['Trust', '3.5', 'borderline', '2', 'partners disagree']);
    expect(rows).toContainEqual(['Results', '4.0', 'strength', '2', '']);
    expect(rows).toContainEqual(['Late <b>reports</b>', 'Riverbend', '1', '2025-02-27']);
    expect(rows).toContainEqual(['Logo use', 'Acme', 'Agreed brand rules']);
    // The next 30 days: the milestone on 2025-03-20 and the funding deadline on 2025-03-15.
    const dates = rows
      .filter((r) => r.length === 4 && /^2025-03-/.test(r[0] ?? ''))
      .map((r) => r.slice(0, 2));
    expect(dates).toContainEqual(['2025-03-15', expect.stringContaining('County fund')]);
    expect(dates).toContainEqual(['2025-03-20', expect.stringContaining('Train the water committee')]);
    const dialog = addOn.runtime.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Draft progress report');
    expect(dialog?.html).toMatch(/https:\/\/docs\.google\.com\/document\/d\/[^"]+\/edit/);
  });

  it('should show workbook text as text, never as markup', () => {
    const addOn = workbook();
    call(addOn, 'draftProgressReport');
    const { html, document } = report(addOn);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('b')).toHaveLength(0);
    expect(html).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt; Trust');
    expect(html).toContain('=cmd|&#39; /C calc&#39;!A0');
  });

  it('should make one new document per run and say plainly what an empty workbook lacks', () => {
    const addOn = setUpWith({});
    call(addOn, 'draftProgressReport');
    call(addOn, 'draftProgressReport');
    expect(documents(addOn)).toHaveLength(2);
    const { text } = report(addOn);
    expect(text).toContain('No goals in Impact yet.');
    expect(text).toContain('No funding secured or in the pipeline yet.');
    expect(text).toContain('No health check answers in Feedback yet.');
  });
});
