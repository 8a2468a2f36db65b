import { describe, expect, it } from 'vitest';
import { call, rowsOf, setUpWith, tab } from './harness.ts';

const HEADERS = ['Name', 'Emails', 'Share Access', 'Status'];
const OWNER = 'you@example.org';

function workbook(records: Record<string, unknown>[]) {
  return setUpWith({ Stakeholders: rowsOf(HEADERS, records) }, { activeUser: OWNER });
}

describe('shareWithPartners', () => {
  it('should list the plan, and change nothing when the person says no', () => {
    const addOn = workbook([{ Name: 'A', Emails: 'a@partner.org', 'Share Access': 'viewer' }]);
    addOn.runtime.ui.answer({ button: 'NO' });
    call(addOn, 'shareWithPartners');
    const question = addOn.runtime.ui.alerts.at(-1);
    expect(question?.prompt).toContain('Give viewer access: a@partner.org (A)');
    expect(question?.buttons).toBe('YES_NO');
    expect(addOn.runtime.drive.file('SHEET_ID').viewers.size).toBe(0);
    expect(tab(addOn, 'Access Log').rows).toHaveLength(0);
  });

  it('should grant access, skip and report invalid emails, log each change and protect computed columns', () => {
    const addOn = workbook([
      { Name: 'A', Emails: 'a@partner.org; not an email', 'Share Access': 'viewer' },
      { Name: 'B', Emails: 'b@partner.org', 'Share Access': 'commenter' },
      { Name: 'C', Emails: 'c@partner.org', 'Share Access': 'editor' },
      { Name: 'D', Emails: 'd@partner.org', 'Share Access': 'none' },
    ]);
    addOn.runtime.ui.answer({ button: 'YES' });
    call(addOn, 'shareWithPartners');
    const file = addOn.runtime.drive.file('SHEET_ID');
    expect([...file.viewers]).toEqual(['a@partner.org']);
    expect([...file.commenters]).toEqual(['b@partner.org']);
    expect([...file.editors]).toEqual(['c@partner.org']);
    expect(file.access).toBe('PRIVATE');
    expect(addOn.runtime.ui.alerts.map((a) => a.prompt).join('\n')).toContain('"not an email"');
    const log = tab(addOn, 'Access Log').rows.map((row) => row.slice(1, 5));
    expect(log).toEqual([
      ['a@partner.org', 'none', 'viewer', OWNER],
      ['b@partner.org', 'none', 'commenter', OWNER],
      ['c@partner.org', 'none', 'editor', OWNER],
    ]);
    const protections = addOn.runtime.spreadsheet
      .snapshot()
      .sheets.flatMap((s) => (s.protections ?? []).map((p) => `${s.name}: ${p.description}`));
    expect(protections).toContain('Stakeholders: Partnerkit: computed column Score');
    expect(protections).toContain('Settings: Partnerkit: Settings');
  });

  it('should remove only the access it granted when a partner exits, and not protect twice', () => {
    const addOn = workbook([
      { Name: 'A', Emails: 'a@partner.org', 'Share Access': 'editor' },
      { Name: 'B', Emails: 'b@partner.org', 'Share Access': 'viewer' },
    ]);
    addOn.runtime.drive.file('SHEET_ID').viewers.add('b@partner.org');
    addOn.runtime.ui.answer({ button: 'YES' });
    call(addOn, 'shareWithPartners');
    expect([...addOn.runtime.drive.file('SHEET_ID').editors]).toEqual(['a@partner.org']);
    // Now both exit: A's access came from Partnerkit, B's did not.
    const values = tab(addOn, 'Stakeholders');
    const status = values.header.indexOf('Status');
    const sheet = addOn.runtime.spreadsheet.fake.getSheetByName('Stakeholders');
    sheet?.getRange(2, status + 1, 2, 1).setValues([['exited'], ['exited']]);
    addOn.runtime.ui.answer({ button: 'YES' });
    call(addOn, 'shareWithPartners');
    const file = addOn.runtime.drive.file('SHEET_ID');
    expect(file.editors.size).toBe(0);
    expect([...file.viewers]).toEqual(['b@partner.org']);
    expect(tab(addOn, 'Access Log').rows.at(-1)?.slice(1, 4)).toEqual(['a@partner.org', 'editor', 'none']);
    const settingsProtections = addOn.runtime.spreadsheet
      .snapshot()
      .sheets.find((s) => s.name === 'Settings')?.protections;
    expect(settingsProtections).toHaveLength(1);
  });
});

describe('shareWithPartners service calls', () => {
  // The same three changes among 10 or 1,000 stakeholders: only Drive's per-change calls (and
  // one address read per person who already holds access) may grow, never calls per stakeholder.
  function callsWith(stakeholders: number): number {
    const addOn = workbook(
      Array.from({ length: stakeholders }, (_, i) => ({
        Name: `P${i}`,
        Emails: `p${i}@partner.org`,
        'Share Access': ['viewer', 'commenter', 'editor'][i] ?? 'none',
      })),
    );
    addOn.runtime.ui.answer({ button: 'YES' });
    addOn.runtime.calls.reset();
    call(addOn, 'shareWithPartners');
    expect(addOn.runtime.drive.file('SHEET_ID').editors.size).toBe(1);
    return addOn.runtime.calls.total();
  }

  it('should make the same calls for 10 and 1,000 stakeholders with the same changes', () => {
    expect(callsWith(1_000)).toBe(callsWith(10));
  });
});

describe('shareWithPartners protections', () => {
  function protections(addOn: ReturnType<typeof workbook>): string[] {
    return addOn.runtime.spreadsheet
      .snapshot()
      .sheets.flatMap((s) => (s.protections ?? []).map((p) => `${s.name}: ${p.description}`))
      .sort();
  }

  it('should keep the protections that still fit, and renew one that no longer covers every row', () => {
    const addOn = workbook([{ Name: 'A', Emails: 'a@partner.org', 'Share Access': 'viewer' }]);
    addOn.runtime.ui.answer({ button: 'YES' });
    call(addOn, 'shareWithPartners');
    const first = protections(addOn);
    addOn.runtime.ui.answer({ button: 'YES' });
    addOn.runtime.calls.reset();
    call(addOn, 'shareWithPartners');
    expect(addOn.runtime.calls.get('Range.protect') + addOn.runtime.calls.get('Sheet.protect')).toBe(0);
    expect(protections(addOn)).toEqual(first);
    // Rows added below the protected ones (as the Clipper's endpoint does) get protected too.
    const stakeholders = addOn.runtime.spreadsheet.fake.getSheetByName('Stakeholders');
    stakeholders?.insertRowsAfter(stakeholders.getMaxRows(), 500);
    addOn.runtime.ui.answer({ button: 'YES' });
    addOn.runtime.calls.reset();
    call(addOn, 'shareWithPartners');
    // One per computed Stakeholders column (Score … Score Notes, Next Check-in, Due Diligence).
    expect(addOn.runtime.calls.get('Range.protect')).toBe(6);
    expect(protections(addOn)).toEqual(first);
    const score = addOn.runtime.spreadsheet
      .snapshot()
      .sheets.find((s) => s.name === 'Stakeholders')
      ?.protections?.find((p) => p.description.endsWith('Score'));
    expect(score?.a1).toMatch(new RegExp(`^[A-Z]+1:[A-Z]+${stakeholders?.getMaxRows()}$`));
  });
});
