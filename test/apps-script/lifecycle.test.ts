/**
 * The partnership lifecycle through the built bundle: setup on a workbook from before the
 * lifecycle tabs, partner readiness, check-ins, conflict stages and exit plans.
 */
import { describe, expect, it } from 'vitest';
import { DUE_DILIGENCE_ITEMS } from '../../shared/workbook-schema.ts';
import { type AddOn, call, column, lastAlert, rowsOf, setUpWith, tab } from './harness.ts';

/** A date cell as the sheet shows it (YYYY-MM-DD), or '' when empty. */
function day(value: unknown): string {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return (value as Date).toISOString().slice(0, 10);
  return String(value ?? '');
}

function sheetOf(addOn: AddOn, name: string) {
  const sheet = addOn.runtime.spreadsheet.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No tab ${name}`);
  return sheet;
}

/** Dashboard cells A13:B29, as label → number pairs. */
function dashboardCounts(addOn: AddOn): string[] {
  return tab(addOn, 'Dashboard')
    .rows.slice(11, 28)
    .map((row) => `${row[0] ?? ''}=${row[1] ?? ''}`)
    .filter((pair) => pair !== '=');
}

describe('setUpWorkbook on a workbook set up before the lifecycle', () => {
  // The headers the add-on wrote before this change, with a person's own column and notes.
  const OLD_HEADERS = ['ID', 'Name', 'Type', 'Trust', 'Tier', 'Share Access', 'Status', 'My column', 'Notes'];
  const old = () =>
    setUpWith({
      Stakeholders: rowsOf(OLD_HEADERS, [
        {
          ID: 'a1',
          Name: 'Acme Trust',
          Type: 'foundation',
          Trust: 4,
          Status: 'active',
          'My column': 'keep',
          Notes: '=cmd|',
        },
        { ID: 'b2', Name: 'Bright Futures', Type: 'ngo', Status: 'prospect', 'My column': '007' },
      ]),
      Settings: [
        ['Key', 'Value', 'Notes'],
        ['base currency', 'EUR', 'ours'],
        ['tier strategic', 80, ''],
      ],
    });

  it('should add the new tabs and Stakeholders columns and keep every cell that was there', () => {
    const addOn = old();
    const { header, rows } = tab(addOn, 'Stakeholders');
    expect(header.slice(0, OLD_HEADERS.length)).toEqual(OLD_HEADERS);
    expect(header).toEqual(expect.arrayContaining(['Last Contact', 'Next Check-in', 'Due Diligence']));
    expect(rows[0]?.slice(0, OLD_HEADERS.length)).toEqual([
      'a1',
      'Acme Trust',
      'foundation',
      4,
      '',
      '',
      'active',
      'keep',
      '=cmd|',
    ]);
    expect(rows[1]?.slice(0, OLD_HEADERS.length)).toEqual([
      'b2',
      'Bright Futures',
      'ngo',
      '',
      '',
      '',
      'prospect',
      '007',
      '',
    ]);
    expect(tab(addOn, 'Due Diligence').header).toEqual([
      'Partner',
      ...DUE_DILIGENCE_ITEMS,
      'Reviewed By',
      'Review Date',
      'Readiness',
      'Readiness Notes',
    ]);
    expect(tab(addOn, 'Conflicts').header).toContain('Stage Due');
    expect(tab(addOn, 'Exit Plan').header).toContain('Readiness');
    const settings = tab(addOn, 'Settings').rows;
    expect(settings.slice(0, 2)).toEqual([
      ['base currency', 'EUR', 'ours'],
      ['tier strategic', 80, ''],
    ]);
    const value = (key: string) => settings.find((r) => r[0] === key)?.[1];
    expect([
      value('check-in days strategic'),
      value('check-in days engage'),
      value('check-in days monitor'),
      value('check-in days deprioritize'),
    ]).toEqual([30, 60, 90, 180]);
    expect([1, 2, 3, 4, 5].map((n) => value(`conflict stage ${n} days`))).toEqual([7, 14, 30, 30, 30]);
    expect(lastAlert(addOn)).toBeUndefined();
  });

  it('should validate the new columns and note each new header in the words of practice', () => {
    const addOn = old();
    const checks = sheetOf(addOn, 'Due Diligence');
    const listOf = (sheet: ReturnType<typeof sheetOf>, header: string) => {
      const index = (sheet.values[0] ?? []).indexOf(header);
      const letter = String.fromCharCode(65 + index);
      return sheet.validations?.find((v) => v.a1.startsWith(`${letter}2`));
    };
    for (const item of DUE_DILIGENCE_ITEMS)
      expect(listOf(checks, item)?.values[0], item).toEqual(['yes', 'no', 'pending', 'n/a']);
    const conflicts = sheetOf(addOn, 'Conflicts');
    expect(listOf(conflicts, 'Stage')?.values[0]).toEqual([
      '1 Direct conversation',
      '2 Facilitated dialogue',
      '3 Mediation',
      '4 Steering group decision',
      '5 Exit clause',
    ]);
    expect(listOf(conflicts, 'Status')?.values[0]).toEqual(['open', 'resolved']);
    expect(listOf(conflicts, 'Raised On')?.criteria).toBe('DATE_IS_VALID_DATE');
    expect(listOf(sheetOf(addOn, 'Exit Plan'), 'Planned End')?.criteria).toBe('DATE_IS_VALID_DATE');
    const noteOn = (sheet: ReturnType<typeof sheetOf>, header: string) =>
      sheet.notes?.find((n) => n.row === 1 && n.column === (sheet.values[0] ?? []).indexOf(header) + 1)?.note;
    expect(noteOn(checks, 'Conflict Of Interest Declared')).toBe(
      'Conflict Of Interest Declared: have both sides disclosed interests that could bias decisions? Answer yes, no, pending or n/a.',
    );
    expect(noteOn(sheetOf(addOn, 'Stakeholders'), 'Last Contact')).toMatch(/last real conversation/);
    expect(noteOn(sheetOf(addOn, 'Exit Plan'), 'Handover To')).toMatch(/carries the work on/);
  });

  it('should keep a note a person wrote on a header, and not add rules twice when run again', () => {
    const addOn = old();
    const sheet = addOn.runtime.spreadsheet.fake.getSheetByName('Conflicts');
    sheet?.getRange(1, 5).setNote('Our own wording');
    const rules = sheetOf(addOn, 'Conflicts').conditionalFormats?.length;
    call(addOn, 'setUpWorkbook');
    expect(sheet?.getRange(1, 5).getNote()).toBe('Our own wording');
    expect(sheetOf(addOn, 'Conflicts').conditionalFormats?.length).toBe(rules);
    expect(rules).toBeGreaterThan(0);
  });
});

describe('checkDueDiligence', () => {
  const ITEMS = [...DUE_DILIGENCE_ITEMS];
  const row = (partner: string, fill: string, cells: Record<string, string> = {}) => ({
    Partner: partner,
    ...Object.fromEntries(ITEMS.map((item) => [item, fill])),
    ...cells,
  });

  function workbook(): AddOn {
    return setUpWith({
      Stakeholders: rowsOf(
        ['Name', 'Status'],
        [
          { Name: 'Ready Org', Status: 'active' },
          { Name: 'Flagged Org', Status: 'active' },
          { Name: 'Halfway Org', Status: 'prospect' },
          { Name: 'New Prospect', Status: 'prospect' },
          { Name: "=cmd|' /C calc'!A0", Status: 'active' },
          { Name: 'Gone Org', Status: 'exited' },
          { Name: 'Talking Org', Status: 'contacted' },
        ],
      ),
      'Due Diligence': rowsOf(
        ['Partner', ...ITEMS],
        [
          row('Ready Org', 'yes', { References: 'n/a' }),
          row('flagged org', 'yes', {
            'Safeguarding Policy': 'no',
            'Financial Statements': 'pending',
            'Legal Registration': 'no',
          }),
          row('Halfway Org', 'yes', { 'Data Protection': 'pending', References: '' }),
        ],
      ),
    });
  }

  it('should rate each row, name what is missing, add the partners without a row, and show readiness on Stakeholders', () => {
    const addOn = workbook();
    call(addOn, 'checkDueDiligence');
    expect(lastAlert(addOn)).toBeUndefined();
    expect(column(addOn, 'Due Diligence', 'Partner')).toEqual([
      'Ready Org',
      'flagged org',
      'Halfway Org',
      'New Prospect',
      "=cmd|' /C calc'!A0",
    ]);
    expect(column(addOn, 'Due Diligence', 'Readiness')).toEqual([
      'ready',
      'red flag',
      'in progress',
      'in progress',
      'in progress',
    ]);
    const notes = column(addOn, 'Due Diligence', 'Readiness Notes');
    expect(notes[1]).toBe('No: Legal Registration, Safeguarding Policy. Pending: Financial Statements.');
    expect(notes[2]).toBe('Pending: Data Protection. Not checked yet: References.');
    expect(notes[3]).toBe(`Not checked yet: ${ITEMS.join(', ')}.`);
    expect(column(addOn, 'Stakeholders', 'Due Diligence')).toEqual([
      'ready',
      'red flag',
      'in progress',
      'in progress',
      'in progress',
      '',
      '',
    ]);
    expect(dashboardCounts(addOn).slice(0, 5)).toEqual([
      'Partner readiness (due diligence)=',
      'Readiness=Partners',
      'ready=1',
      'in progress=3',
      'red flag=1',
    ]);
    expect(addOn.runtime.ui.toasts.at(-1)?.message).toMatch(
      /Checked 5 partners: 1 ready, 1 with a red flag\. Added 2 partners to check\./,
    );
  });

  it('should add no row twice when run again', () => {
    const addOn = workbook();
    call(addOn, 'checkDueDiligence');
    call(addOn, 'checkDueDiligence');
    expect(column(addOn, 'Due Diligence', 'Partner')).toHaveLength(5);
  });
});

describe('Next Check-in (scorePartners)', () => {
  it('should add the days for each tier to Last Contact, stay empty without it, and highlight overdue ones', () => {
    const addOn = setUpWith({
      Stakeholders: rowsOf(
        ['Name', 'Status', 'Alignment', 'Trust', 'Last Contact'],
        [
          { Name: 'Strategic', Status: 'active', Alignment: 5, Trust: 5, 'Last Contact': '2025-02-10' },
          { Name: 'Engage', Status: 'active', Alignment: 3, Trust: 4, 'Last Contact': '2025-01-15' },
          { Name: 'Monitor', Status: 'active', Alignment: 2, Trust: 3, 'Last Contact': '2024-12-01' },
          { Name: 'Deprioritize', Status: 'active', Alignment: 1, Trust: 1, 'Last Contact': '2024-06-01' },
          { Name: 'Unscored', Status: 'contacted', 'Last Contact': '2025-02-01' },
          { Name: 'Never met', Status: 'prospect', Alignment: 5, Trust: 5 },
          { Name: 'Exited', Status: 'exited', Alignment: 5, Trust: 5, 'Last Contact': '2025-02-10' },
        ],
      ),
    });
    call(addOn, 'scorePartners');
    expect(column(addOn, 'Stakeholders', 'Tier').slice(0, 4)).toEqual([
      'Strategic',
      'Engage',
      'Monitor',
      'Deprioritize',
    ]);
    expect(column(addOn, 'Stakeholders', 'Next Check-in').map(day)).toEqual([
      '2025-03-12',
      '2025-03-16',
      '2025-03-01',
      '2024-11-28',
      '2025-05-02',
      '',
      '',
    ]);
    const rules = sheetOf(addOn, 'Stakeholders').conditionalFormats ?? [];
    const index = (tab(addOn, 'Stakeholders').header as string[]).indexOf('Next Check-in');
    const letter = String.fromCharCode(65 + index);
    const overdue = rules.find((r) => r.ranges.some((a1) => a1.startsWith(`${letter}2`)));
    expect(String(overdue?.values[0])).toContain(`$${letter}2<TODAY()`);
  });

  it('should still score a workbook whose Stakeholders tab has no Next Check-in column yet', () => {
    const addOn = setUpWith({});
    const sheet = addOn.runtime.spreadsheet.fake.getSheetByName('Stakeholders');
    const header = tab(addOn, 'Stakeholders').header as string[];
    sheet?.deleteColumn(header.indexOf('Next Check-in') + 1);
    sheet?.getRange(2, header.indexOf('Name') + 1).setValue('Acme');
    sheet?.getRange(2, header.indexOf('Trust') + 1).setValue(5);
    call(addOn, 'scorePartners');
    expect(lastAlert(addOn)).toBeUndefined();
    expect(column(addOn, 'Stakeholders', 'Score')).toEqual([100]);
  });
});

describe('refreshDashboard: conflicts and exit plans', () => {
  function workbook(): AddOn {
    return setUpWith({
      Conflicts: rowsOf(
        ['ID', 'Raised On', 'Parties', 'Issue', 'Stage', 'Status'],
        [
          {
            ID: 'c1',
            'Raised On': '2025-02-25',
            Parties: 'A; B',
            Issue: 'Late report',
            Stage: '1 Direct conversation',
            Status: 'open',
          },
          {
            ID: 'c2',
            'Raised On': '2025-01-20',
            Issue: 'Logo use',
            Stage: '2 Facilitated dialogue',
            Status: 'open',
          },
          {
            ID: 'c3',
            'Raised On': '2025-01-03',
            Issue: 'Budget split',
            Stage: '3 Mediation',
            Status: 'open',
          },
          {
            ID: 'c4',
            'Raised On': '2024-11-01',
            Issue: 'Data sharing',
            Stage: '4 Steering group decision',
            Status: 'resolved',
          },
          {
            ID: 'c5',
            'Raised On': '2024-10-01',
            Issue: 'Values clash',
            Stage: '5 Exit clause',
            Status: 'open',
          },
          { ID: 'c6', Issue: 'Not dated yet', Stage: '1 Direct conversation', Status: 'open' },
        ],
      ),
      'Exit Plan': rowsOf(
        [
          'Partnership',
          'Exit Trigger',
          'Planned End',
          'Handover To',
          'Continuity Funding',
          'Assets And Data',
          'Communication',
          'Owner',
        ],
        [
          {
            Partnership: 'Water kiosks',
            'Exit Trigger': 'Grant ends',
            'Planned End': '2026-06-30',
            'Handover To': 'Ward water committee',
            'Continuity Funding': 'Kiosk fees',
            'Assets And Data': 'Kiosks to committee',
            Communication: 'Community meeting',
            Owner: 'Ana',
          },
          { Partnership: 'Youth skills', 'Exit Trigger': 'Goals met', Owner: 'Ben' },
        ],
      ),
    });
  }

  it('should date each stage, say what each exit plan lacks and count both on the Dashboard', () => {
    const addOn = workbook();
    call(addOn, 'refreshDashboard');
    expect(lastAlert(addOn)).toBeUndefined();
    expect(column(addOn, 'Conflicts', 'Stage Due').map(day)).toEqual([
      '2025-03-04',
      '2025-02-10',
      '2025-02-23',
      // 2024-11-01 + 7 + 14 + 30 + 30 days
      '2025-01-21',
      // 2024-10-01 + 111 days
      '2025-01-20',
      '',
    ]);
    expect(column(addOn, 'Exit Plan', 'Readiness')).toEqual([
      'ready',
      'missing: Planned End, Handover To, Continuity Funding, Assets And Data, Communication',
    ]);
    const counts = dashboardCounts(addOn);
    expect(counts).toEqual(
      expect.arrayContaining(['open=5', 'open and past Stage Due=3', 'resolved=1', 'ready=1', 'not ready=1']),
    );
    const header = tab(addOn, 'Conflicts').header as string[];
    const [due, status] = ['Stage Due', 'Status'].map((h) => String.fromCharCode(65 + header.indexOf(h)));
    const rule = sheetOf(addOn, 'Conflicts').conditionalFormats?.find((r) =>
      r.ranges.some((a1) => a1.startsWith(`${due}2`)),
    );
    expect(String(rule?.values[0])).toContain(`$${status}2<>"resolved"`);
    expect(String(rule?.values[0])).toContain(`$${due}2<TODAY()`);
  });
});
