/**
 * draftAgreement through the built bundle: one Google Doc per run, made from the workbook's
 * parties, RACI rows and conflict stages, with workbook text shown as text.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type AddOn, call, lastAlert, rowsOf, setUpWith } from './harness.ts';

const HOSTILE_NAME = 'Acme <script>alert(1)</script> Trust';
const HOSTILE_MILESTONE = "=cmd|' /C calc'!A0";

function workbook(): AddOn {
  return setUpWith({
    Stakeholders: rowsOf(
      ['Name', 'Type', 'Country', 'Website', 'Emails', 'Status', 'Share Access', 'Last Contact'],
      [
        {
          Name: HOSTILE_NAME,
          Type: 'foundation',
          Country: 'KE',
          Emails: 'ana@acme.example; b@acme.example',
          Status: 'active',
          'Share Access': 'editor',
          'Last Contact': '2025-02-10',
        },
        {
          Name: 'Riverbend Water Board',
          Type: 'government',
          Country: 'KE',
          Status: 'active',
          'Share Access': 'viewer',
        },
        { Name: 'Quiet Partner', Type: 'ngo', Status: 'active', 'Share Access': 'none' },
        { Name: 'Future Prospect', Type: 'ngo', Status: 'prospect', 'Share Access': 'viewer' },
      ],
    ),
    Impact: rowsOf(
      ['Goal', 'Indicator', 'Partner', 'Unit', 'Baseline', 'Target', 'Due Date'],
      [
        {
          Goal: 'Safe water for 5,000 people',
          Indicator: 'People served',
          Unit: 'people',
          Baseline: 0,
          Target: 5000,
          'Due Date': '2026-06-30',
        },
        { Goal: 'Quiet goal', Indicator: 'Only theirs', Partner: 'Quiet Partner', Target: 3 },
      ],
    ),
    'Action Plan': rowsOf(
      ['Milestone', 'Responsible', 'Accountable', 'Consulted', 'Informed', 'Due Date'],
      [
        {
          Milestone: 'Drill two boreholes',
          Responsible: 'Riverbend Water Board',
          Accountable: 'Programme lead',
          Consulted: 'Ward committee',
          Informed: 'Funders',
          'Due Date': '2025-09-30',
        },
        { Milestone: HOSTILE_MILESTONE, Responsible: HOSTILE_NAME, Accountable: 'Board' },
      ],
    ),
    'Exit Plan': rowsOf(
      ['Partnership', 'Exit Trigger', 'Planned End', 'Handover To', 'Owner'],
      [
        {
          Partnership: 'Riverbend Water Board water kiosks',
          'Exit Trigger': 'Grant ends',
          'Planned End': '2026-12-31',
          'Handover To': 'Ward water committee',
          Owner: 'Ana',
        },
      ],
    ),
    Settings: [
      ['Key', 'Value'],
      ['conflict stage 3 days', 45],
    ],
  });
}

function documents(addOn: AddOn) {
  return [...addOn.runtime.drive.files.entries()].filter(
    ([, file]) => file.mimeType === 'application/vnd.google-apps.document',
  );
}

describe('draftAgreement', () => {
  it('should create exactly one Google Doc with the default parties, their RACI rows and the five conflict stages, and show its link', () => {
    const addOn = workbook();
    call(addOn, 'scorePartners');
    addOn.runtime.ui.answer({ button: 'OK', text: '' });
    call(addOn, 'draftAgreement');
    expect(lastAlert(addOn)).toMatch(/Which partners/);
    const docs = documents(addOn);
    expect(docs).toHaveLength(1);
    const [id, file] = docs[0] ?? [];
    const { document } = parseHTML(file?.html ?? '');
    const text = document.body.textContent ?? '';
    // Parties: active and sharing (not "none", not a prospect).
    const partyRows = [...document.querySelectorAll('table')][0]?.querySelectorAll('tr') ?? [];
    expect([...partyRows].map((tr) => tr.querySelector('td,th')?.textContent)).toEqual([
      'Partner',
      HOSTILE_NAME,
      'Riverbend Water Board',
    ]);
    expect(text).not.toContain('Quiet Partner');
    expect(text).toContain('ana@acme.example');
    // Shared goals, roles (RACI) and the conflict stages with Settings' days.
    expect(text).toContain('Safe water for 5,000 people');
    expect(text).not.toContain('Only theirs');
    const raci = [...document.querySelectorAll('tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(raci).toContainEqual([
      'Drill two boreholes',
      'Riverbend Water Board',
      'Programme lead',
      'Ward committee',
      'Funders',
      '2025-09-30',
    ]);
    expect(raci).toContainEqual([HOSTILE_MILESTONE, HOSTILE_NAME, 'Board', '', '', '[date]']);
    const stages = [...document.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(stages.filter((s) => /^[1-5] /.test(s)).map((s) => s.slice(0, s.indexOf(':')))).toEqual([
      '1 Direct conversation (7 days; by day 7 after the issue is raised)',
      '2 Facilitated dialogue (14 days; by day 21 after the issue is raised)',
      '3 Mediation (45 days; by day 66 after the issue is raised)',
      '4 Steering group decision (30 days; by day 96 after the issue is raised)',
      '5 Exit clause (30 days; by day 126 after the issue is raised)',
    ]);
    // Check-ins and the exit plan naming a party.
    expect(text).toContain(`Next check-in with ${HOSTILE_NAME}: 2025-`);
    expect(text).toContain('runs until 2026-12-31');
    expect(text).toContain('Work continues with: Ward water committee.');
    expect(text).toContain('Continuity funding: [how the work is funded after the partnership].');
    // Workbook text is text: no element came from it.
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(file?.html).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt; Trust');
    const dialog = addOn.runtime.ui.dialogs.at(-1)?.html ?? '';
    expect(dialog).toContain(`https://docs.google.com/document/d/${id}/edit`);
    expect(dialog).not.toContain('<script>');
    expect(addOn.runtime.ui.toasts.at(-1)?.message).toBe('Drafted the agreement with 2 partners.');
  });

  it('should draft with the partners the person names, and refuse a name not in Stakeholders', () => {
    const addOn = workbook();
    addOn.runtime.ui.answer({ button: 'OK', text: 'quiet partner;  Riverbend water board ' });
    call(addOn, 'draftAgreement');
    const html = documents(addOn)[0]?.[1].html ?? '';
    const { document } = parseHTML(html);
    const first = [...document.querySelectorAll('table')][0];
    expect([...(first?.querySelectorAll('td:first-child') ?? [])].map((td) => td.textContent)).toEqual([
      'Quiet Partner',
      'Riverbend Water Board',
    ]);
    addOn.runtime.ui.answer({ button: 'OK', text: 'Riverbend Water Board; Riverbend Watr Board' });
    call(addOn, 'draftAgreement');
    expect(lastAlert(addOn)).toBe('Not in Stakeholders: Riverbend Watr Board. Nothing was drafted.');
    expect(documents(addOn)).toHaveLength(1);
  });

  it('should create nothing when the person cancels', () => {
    const addOn = workbook();
    addOn.runtime.ui.answer({ button: 'CANCEL' });
    call(addOn, 'draftAgreement');
    expect(documents(addOn)).toHaveLength(0);
    expect(addOn.runtime.ui.dialogs).toHaveLength(0);
  });

  it('should list what each party contributes when the workbook has a Contributions tab', () => {
    const addOn = setUpWith({
      Stakeholders: rowsOf(
        ['Name', 'Status', 'Share Access'],
        [{ Name: 'Solo', Status: 'active', 'Share Access': 'viewer' }],
      ),
      Contributions: rowsOf(
        ['ID', 'Partner', 'Type', 'Description', 'Value', 'Currency', 'Hours'],
        [
          {
            ID: 'k1',
            Partner: 'Solo',
            Type: 'venue',
            Description: 'Community hall, Saturdays',
            Value: 1200,
            Currency: 'USD',
          },
          { ID: 'k2', Partner: 'Solo', Type: 'volunteer time', Description: 'Youth mentors', Hours: 40 },
        ],
      ),
    });
    addOn.runtime.ui.answer({ button: 'OK', text: '' });
    call(addOn, 'draftAgreement');
    const { document } = parseHTML(documents(addOn)[0]?.[1].html ?? '');
    const rows = [...document.querySelectorAll('tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toContainEqual(['Solo', 'venue', 'Community hall, Saturdays', '1200 USD']);
    expect(rows).toContainEqual(['Solo', 'volunteer time', 'Youth mentors', '40 hours']);
  });

  it('should write plain placeholders where the workbook says nothing yet', () => {
    const addOn = setUpWith({
      Stakeholders: rowsOf(
        ['Name', 'Status', 'Share Access'],
        [{ Name: 'Solo', Status: 'active', 'Share Access': 'viewer' }],
      ),
    });
    addOn.runtime.ui.answer({ button: 'OK', text: '' });
    call(addOn, 'draftAgreement');
    const text = parseHTML(documents(addOn)[0]?.[1].html ?? '').document.body.textContent ?? '';
    for (const placeholder of [
      '[Shared goals',
      '[Milestones with who is responsible',
      '[planned end date]',
      '[exit trigger]',
      '[What each party brings',
    ])
      expect(text).toContain(placeholder);
  });
});
