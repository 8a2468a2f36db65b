import { describe, expect, it } from 'vitest';
import { buildRoomTabs, newPartnerUpdates, sameTab } from '../../shared/sharing/room-tabs.ts';

const toValue = (v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? ''));
const about = { workbookName: 'Alliance', refreshedAt: '2025-03-01 12:00 UTC', refreshedBy: 'me@x.org' };
const empty = { header: [], rows: [] };

describe('buildRoomTabs', () => {
  it('should take only allow-listed columns, whatever else the workbook holds', () => {
    const tabs = buildRoomTabs(
      {
        stakeholders: {
          header: ['Trust', 'Name', 'Notes', 'Emails', 'Share Access', 'Score'],
          rows: [[2, 'A', 'secret', 'a@x.org; b@x.org', 'viewer', 40]],
        },
        actionPlan: {
          header: ['Milestone', 'Notes', 'Budget (private)'],
          rows: [['Kick-off', 'secret', 'secret']],
        },
        impact: empty,
        funding: { header: ['Opportunity', 'Probability', 'Joint Partners'], rows: [['Call', 0.4, '']] },
        partnerUpdates: empty,
      },
      about,
      toValue,
    );
    expect(tabs.map((t) => t.name)).toEqual([
      'Partners',
      'Action Plan',
      'Shared Goals',
      'Joint Funding',
      'Partner Updates',
      'About',
    ]);
    expect(JSON.stringify(tabs)).not.toContain('secret');
    expect(tabs[0]?.rows).toEqual([['A', '', '', '', '', 'a@x.org']]);
    expect(tabs[3]?.rows).toEqual([]);
  });
});

describe('sameTab', () => {
  it('should ignore the About tab’s refresh lines and trailing blanks', () => {
    const [about1] = buildRoomTabs(
      { stakeholders: empty, actionPlan: empty, impact: empty, funding: empty, partnerUpdates: empty },
      about,
      toValue,
    ).slice(5);
    const later = { ...about, refreshedAt: '2025-03-02 08:00 UTC' };
    const [about2] = buildRoomTabs(
      { stakeholders: empty, actionPlan: empty, impact: empty, funding: empty, partnerUpdates: empty },
      later,
      toValue,
    ).slice(5);
    if (!about1 || !about2) throw new Error('no About tab');
    expect(sameTab(about2, [about1.header, ...about1.rows, ['', '']])).toBe(true);
  });
});

describe('newPartnerUpdates', () => {
  it('should return room rows the workbook lacks, counting duplicates as often as they occur', () => {
    const room = [
      ['Date', 'Partner', 'About', 'Update'],
      ['d1', 'A', 'x', 'same'],
      ['d1', 'A', 'x', 'same'],
      ['d2', 'B', 'y', 'new'],
      ['', '', '', ''],
    ];
    const workbook = {
      header: ['Partner', 'Date', 'About', 'Update', 'Imported At'],
      rows: [['A', 'd1', 'x', 'same', 'then']],
    };
    expect(newPartnerUpdates(room, workbook)).toEqual([
      ['d1', 'A', 'x', 'same'],
      ['d2', 'B', 'y', 'new'],
    ]);
  });
});
