import { describe, expect, it } from 'vitest';
import { call, manifest, rowsOf, setUpWith, tab } from './harness.ts';
import { OWNER, room, roomCells, roomId, roomTab, share, workbook } from './sharing-room.ts';

const MARKER = 'PRIVATE-MARKER-7f3a';

describe('shareWithPartners: the Partner room', () => {
  it('should create the room once, keep its id in Settings and find it again on the next run', () => {
    const addOn = workbook([{ Name: 'Acacia Trust', Emails: 'ana@acacia.org', 'Share Access': 'viewer' }]);
    share(addOn);
    const id = roomId(addOn);
    expect(id).not.toBe('');
    expect(addOn.runtime.drive.file(id)).toMatchObject({
      name: 'Partners — Partner room',
      mimeType: 'application/vnd.google-apps.spreadsheet',
      createdByApp: true,
    });
    expect(
      room(addOn)
        .fake.getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Partners', 'Action Plan', 'Shared Goals', 'Joint Funding', 'Partner Updates', 'About']);
    // A new partner: the next run updates the same room.
    const sheet = addOn.runtime.spreadsheet.fake.getSheetByName('Stakeholders');
    sheet?.getRange(3, 1, 1, 4).setValues([['Baobab Fund', '', '', 'bo@baobab.org']]);
    sheet?.getRange(3, 6).setValue('commenter');
    addOn.runtime.calls.reset();
    share(addOn);
    expect(addOn.runtime.calls.get('Drive.Files.create')).toBe(0);
    expect(roomId(addOn)).toBe(id);
    expect(roomTab(addOn, 'Partners').rows.map((r) => r[0])).toEqual(['Acacia Trust', 'Baobab Fund']);
  });

  it('should never put a value of a private column or tab in the room', () => {
    const addOn = workbook(
      [
        {
          Name: 'Acacia Trust',
          Emails: 'ana@acacia.org',
          'Share Access': 'editor',
          Notes: MARKER,
          'Score Notes': `weakest: Trust ${MARKER}`,
          Tags: MARKER,
          Trust: 2,
          Description: MARKER,
        },
      ],
      {
        Funding: rowsOf(
          ['Opportunity', 'Funder', 'Amount Max', 'Probability', 'Joint Partners', 'Notes', 'Tags', 'Owner'],
          [
            {
              Opportunity: 'Water call',
              Funder: 'EU',
              'Amount Max': 5000,
              Probability: MARKER,
              'Joint Partners': 'Acacia Trust',
              Notes: MARKER,
              Tags: MARKER,
              Owner: MARKER,
            },
          ],
        ),
        'Action Plan': rowsOf(
          ['Milestone', 'Status', 'Notes', 'Private remark'],
          [{ Milestone: 'Kick-off', Status: 'open', Notes: MARKER, 'Private remark': MARKER }],
        ),
        Feedback: rowsOf(
          ['Partner', 'Trust', 'Comments'],
          [{ Partner: 'Acacia Trust', Trust: 2, Comments: MARKER }],
        ),
        Settings: rowsOf(['Key', 'Value'], [{ Key: 'base currency', Value: MARKER }]),
      },
      [
        ...['Name', 'Emails', 'Share Access', 'Status'],
        'Notes',
        'Score Notes',
        'Tags',
        'Trust',
        'Description',
      ],
    );
    share(addOn);
    const cells = roomCells(addOn);
    expect(cells).toContain('Acacia Trust');
    expect(cells).toContain('Kick-off');
    expect(cells).toContain('Water call');
    expect(cells.filter((c) => c.includes(MARKER))).toEqual([]);
    expect(cells.filter((c) => /weakest|Trust \(/.test(c))).toEqual([]);
  });

  it('should list exactly the stakeholders with Share Access other than none and not exited', () => {
    const addOn = workbook([
      {
        Name: 'Viewer',
        Emails: 'v@p.org',
        'Share Access': 'viewer',
        Website: 'https://v.org',
        Country: 'KE',
        Type: 'ngo',
      },
      { Name: 'Commenter', Emails: 'c@p.org; other@p.org', 'Share Access': 'Commenter' },
      { Name: 'Editor no email', 'Share Access': 'editor' },
      { Name: 'None', Emails: 'n@p.org', 'Share Access': 'none' },
      { Name: 'Blank', Emails: 'b@p.org' },
      { Name: 'Exited', Emails: 'x@p.org', 'Share Access': 'editor', Status: 'exited' },
    ]);
    share(addOn);
    const partners = roomTab(addOn, 'Partners');
    expect(partners.header).toEqual(['Name', 'Type', 'Website', 'Country', 'Focus Areas', 'Contact']);
    expect(partners.rows).toEqual([
      ['Viewer', 'ngo', 'https://v.org', 'KE', '', 'v@p.org'],
      ['Commenter', '', '', '', '', 'c@p.org'],
      ['Editor no email', '', '', '', '', ''],
    ]);
  });

  it('should mirror only funding rows with joint partners, and the shared goals', () => {
    const addOn = workbook([{ Name: 'A', Emails: 'a@p.org', 'Share Access': 'viewer' }], {
      Funding: rowsOf(
        ['Opportunity', 'Funder', 'Amount Max', 'Currency', 'Stage', 'Joint Partners', 'Probability'],
        [
          {
            Opportunity: 'Joint call',
            Funder: 'EU',
            'Amount Max': 5000,
            Currency: 'EUR',
            Stage: 'drafting',
            'Joint Partners': 'A',
          },
          {
            Opportunity: 'Our own call',
            Funder: 'UN',
            'Amount Max': 9000,
            Currency: 'USD',
            Stage: 'prospect',
          },
        ],
      ),
      Impact: rowsOf(
        ['Goal', 'Partner', 'Baseline', 'Target', 'Actual', 'Owner'],
        [{ Goal: 'Wells', Partner: 'A', Baseline: 0, Target: 10, Actual: 5, Owner: 'Ana' }],
      ),
    });
    share(addOn);
    const funding = roomTab(addOn, 'Joint Funding');
    expect(funding.header).toEqual([
      'Opportunity',
      'Funder',
      'Amount Max',
      'Currency',
      'Deadline',
      'Stage',
      'Joint Partners',
    ]);
    expect(funding.rows).toEqual([['Joint call', 'EU', 5000, 'EUR', '', 'drafting', 'A']]);
    const goals = roomTab(addOn, 'Shared Goals');
    expect(goals.header).not.toContain('Owner');
    expect(goals.rows[0]?.slice(0, 7)).toEqual(['Wells', '', 'A', '', 0, 10, 5]);
  });

  it('should write hostile text as text in the room', () => {
    const hostile = ['=IMPORTXML("https://evil.example","//a")', '+1', '<b>bold</b>'];
    const addOn = workbook([
      {
        Name: hostile[0],
        Type: hostile[1],
        Website: hostile[2],
        Emails: 'a@p.org',
        'Share Access': 'viewer',
      },
    ]);
    share(addOn);
    expect(roomTab(addOn, 'Partners').rows[0]?.slice(0, 3)).toEqual(hostile);
    const grid = room(addOn).fake.getSheetByName('Partners')?._grid;
    expect([1, 2, 3].map((c) => grid?.get(2, c)?.formula)).toEqual([undefined, undefined, undefined]);
  });
});

describe('shareWithPartners: access to the room', () => {
  it('should give each partner their role on the room, never on the workbook, never to a link or domain', () => {
    const addOn = workbook([
      { Name: 'A', Emails: 'a@partner.org; not an email', 'Share Access': 'viewer' },
      { Name: 'B', Emails: 'b@partner.org', 'Share Access': 'commenter' },
      { Name: 'C', Emails: 'c@partner.org', 'Share Access': 'editor' },
      { Name: 'D', Emails: 'd@partner.org', 'Share Access': 'none' },
    ]);
    const alerts = share(addOn);
    expect(alerts[0]).toContain('Give viewer access: a@partner.org (A)');
    expect(alerts.join('\n')).toContain('"not an email"');
    const file = addOn.runtime.drive.file(roomId(addOn));
    expect([...file.viewers]).toEqual(['a@partner.org']);
    expect([...file.commenters]).toEqual(['b@partner.org']);
    expect([...file.editors]).toEqual(['c@partner.org']);
    expect(file.access).toBe('PRIVATE');
    const workbookFile = addOn.runtime.drive.file('SHEET_ID');
    expect([workbookFile.viewers.size, workbookFile.commenters.size, workbookFile.editors.size]).toEqual([
      0, 0, 0,
    ]);
    expect(
      addOn.runtime.drive.history.every((h) => h.fileId === roomId(addOn) && h.access === undefined),
    ).toBe(true);
    expect(addOn.runtime.drive.notifications.map((n) => n.to)).toEqual([
      'a@partner.org',
      'b@partner.org',
      'c@partner.org',
    ]);
    expect(addOn.runtime.drive.notifications[0]?.message).toContain(OWNER);
    expect(tab(addOn, 'Access Log').rows.map((row) => row.slice(1, 5))).toEqual([
      ['a@partner.org', 'none', 'viewer', OWNER],
      ['b@partner.org', 'none', 'commenter', OWNER],
      ['c@partner.org', 'none', 'editor', OWNER],
    ]);
  });

  it('should remove only the access it granted when a partner exits or goes to none', () => {
    const addOn = workbook([
      { Name: 'A', Emails: 'a@partner.org', 'Share Access': 'editor' },
      { Name: 'B', Emails: 'b@partner.org', 'Share Access': 'none' },
    ]);
    share(addOn);
    const file = addOn.runtime.drive.file(roomId(addOn));
    file.viewers.add('b@partner.org'); // shared by hand in Drive, not by Partnerkit
    addOn.runtime.spreadsheet.fake.getSheetByName('Stakeholders')?.getRange(2, 7).setValue('exited');
    const alerts = share(addOn);
    expect(alerts[0]).toContain('Remove editor access: a@partner.org (A)');
    expect(alerts[0]).toContain('b@partner.org (has viewer access that Partnerkit did not grant)');
    expect(file.editors.size).toBe(0);
    expect([...file.viewers]).toEqual(['b@partner.org']);
    expect(tab(addOn, 'Access Log').rows.at(-1)?.slice(1, 4)).toEqual(['a@partner.org', 'editor', 'none']);
    expect(roomTab(addOn, 'Partners').rows).toEqual([]);
  });

  it('should let partners write in Partner Updates only; the mirrored tabs are the owner’s', () => {
    const addOn = workbook([{ Name: 'A', Emails: 'a@partner.org', 'Share Access': 'editor' }]);
    share(addOn);
    const fake = room(addOn).fake;
    addOn.runtime.execution.effectiveUser = 'a@partner.org';
    expect(() => fake.getSheetByName('Partners')?.getRange('A2').setValue('changed')).toThrow(
      'protected cell',
    );
    expect(() => fake.getSheetByName('About')?.getRange('B2').setValue('changed')).toThrow('protected cell');
    expect(() => fake.getSheetByName('Partner Updates')?.getRange('A1').setValue('Header')).toThrow(
      'protected cell',
    );
    fake
      .getSheetByName('Partner Updates')
      ?.getRange(2, 1, 1, 4)
      .setValues([['March', 'A', 'Wells', 'Drilled two']]);
    addOn.runtime.execution.effectiveUser = OWNER;
    expect(roomTab(addOn, 'Partner Updates').rows).toEqual([['March', 'A', 'Wells', 'Drilled two']]);
  });
});

describe('shareWithPartners: reruns, NO and imports', () => {
  it('should change nothing when the person says no', () => {
    const addOn = workbook([{ Name: 'A', Emails: 'a@partner.org', 'Share Access': 'viewer' }]);
    const files = addOn.runtime.drive.files.size;
    const alerts = share(addOn, 'NO');
    expect(alerts[0]).toContain('Create the Partner room "Partners — Partner room"');
    expect(alerts[0]).toContain('Apply these changes?');
    expect(addOn.runtime.drive.files.size).toBe(files);
    expect(roomId(addOn)).toBe('');
    expect(tab(addOn, 'Access Log').rows).toHaveLength(0);
    // The question is never shown beside "Nothing was changed.": no toast after NO.
    expect(addOn.runtime.ui.toasts).toEqual([]);
    // With a room: NO leaves its content and access as they were.
    share(addOn);
    const before = room(addOn).snapshot();
    addOn.runtime.spreadsheet.fake.getSheetByName('Stakeholders')?.getRange(2, 6).setValue('editor');
    share(addOn, 'NO');
    expect(room(addOn).snapshot()).toEqual(before);
  });

  it('should say plainly that there is nothing to change on a rerun, without asking, and create nothing', () => {
    const addOn = workbook([{ Name: 'A', Emails: 'a@partner.org', 'Share Access': 'viewer' }]);
    share(addOn);
    const before = room(addOn).snapshot();
    addOn.runtime.calls.reset();
    const alerts = share(addOn);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('Nothing to change');
    expect(alerts[0]).not.toContain('Apply these changes?');
    expect(alerts[0]).not.toContain('Nothing was changed.');
    expect(addOn.runtime.ui.alerts[0]?.buttons).toBe('OK');
    for (const key of [
      'Drive.Files.create',
      'Drive.Permissions.create',
      'Drive.Permissions.remove',
      'Sheets.Spreadsheets.batchUpdate',
      'Sheets.Spreadsheets.Values.batchUpdate',
    ])
      expect(addOn.runtime.calls.get(key)).toBe(0);
    expect(room(addOn).snapshot()).toEqual(before);
    expect(tab(addOn, 'Access Log').rows).toHaveLength(1);
  });

  it('should import each new Partner Updates row once across runs, as text', () => {
    const addOn = workbook([{ Name: 'A', Emails: 'a@partner.org', 'Share Access': 'editor' }]);
    share(addOn);
    const updates = room(addOn).fake.getSheetByName('Partner Updates');
    addOn.runtime.execution.effectiveUser = 'a@partner.org';
    updates?.getRange(2, 1, 2, 4).setValues([
      ['2025-03-02', 'A', 'Wells', 'Drilled two'],
      ['2025-03-03', 'A', 'Budget', '=HYPERLINK("https://evil.example","click")'],
    ]);
    addOn.runtime.execution.effectiveUser = OWNER;
    // A date a partner types is a date in the room; it is imported as the room shows it.
    const shown = updates?.getRange('A2').getDisplayValue();
    expect(shown).toMatch(/2025/);
    const alerts = share(addOn);
    expect(alerts[0]).toContain('Partner updates to import into this workbook: 2.');
    const imported = tab(addOn, 'Partner Updates');
    expect(imported.header).toEqual(['Date', 'Partner', 'About', 'Update', 'Imported At']);
    expect(imported.rows.map((r) => r.slice(1, 4))).toEqual([
      ['A', 'Wells', 'Drilled two'],
      ['A', 'Budget', '=HYPERLINK("https://evil.example","click")'],
    ]);
    expect(imported.rows[0]?.[0]).toBe(shown);
    expect(
      addOn.runtime.spreadsheet.fake.getSheetByName('Partner Updates')?._grid.get(3, 4)?.formula,
    ).toBeUndefined();
    expect(imported.rows[0]?.[4]).toBeInstanceOf(Date);
    // The room keeps showing them; a partner adds one more; the next runs import only that one.
    expect(roomTab(addOn, 'Partner Updates').rows).toHaveLength(2);
    updates?.getRange(4, 1, 1, 4).setValues([['2025-03-04', 'A', 'Wells', 'Third well']]);
    share(addOn);
    share(addOn);
    expect(tab(addOn, 'Partner Updates').rows.map((r) => r[3])).toEqual([
      'Drilled two',
      '=HYPERLINK("https://evil.example","click")',
      'Third well',
    ]);
  });
});

describe('shareWithPartners service calls', () => {
  // The same three changes among 10 or 1,000 stakeholders: only per-change Drive calls may grow.
  function callsWith(stakeholders: number): number {
    const addOn = workbook(
      Array.from({ length: stakeholders }, (_, i) => ({
        Name: `P${i}`,
        Emails: `p${i}@partner.org`,
        'Share Access': ['viewer', 'commenter', 'editor'][i] ?? 'none',
      })),
    );
    share(addOn);
    addOn.runtime.spreadsheet.fake.getSheetByName('Stakeholders')?.getRange(2, 6).setValue('editor');
    addOn.runtime.calls.reset();
    share(addOn);
    expect(addOn.runtime.drive.file(roomId(addOn)).editors.size).toBe(2);
    return addOn.runtime.calls.total();
  }

  it('should make the same calls for 10 and 1,000 stakeholders with the same changes', () => {
    expect(callsWith(1_000)).toBe(callsWith(10));
  });

  it('should stop with a clear message when the advanced services are not enabled', () => {
    const { dependencies: _, ...withoutServices } = manifest;
    const addOn = setUpWith(
      {
        Stakeholders: rowsOf(
          ['Name', 'Emails', 'Share Access'],
          [{ Name: 'A', Emails: 'a@p.org', 'Share Access': 'viewer' }],
        ),
      },
      { activeUser: OWNER, manifest: withoutServices },
    );
    call(addOn, 'shareWithPartners');
    expect(addOn.runtime.ui.alerts.at(-1)?.prompt).toContain(
      'needs the advanced Drive (v3) and Sheets (v4) services',
    );
  });
});
