import { describe, expect, it } from 'vitest';
import { ACTION_PLAN, FUNDING } from '../../shared/workbook-schema.ts';
import { type AddOn, call, lastAlert, rowsOf, setUpWith } from './harness.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

function setUpReminders(addOn: AddOn, button: 'YES' | 'NO'): void {
  addOn.runtime.execution.ui = true;
  addOn.runtime.ui.answer({ button });
  call(addOn, 'setUpReminders');
}

/** Runs the digest as its daily trigger would: no UI, as the person who created the trigger. */
function fireDigest(addOn: AddOn): void {
  const [trigger] = addOn.runtime.triggers.triggers;
  if (!trigger) throw new Error('No trigger was set up');
  addOn.runtime.execute(() => call(addOn, trigger.handler), { ui: false, effectiveUser: trigger.user });
}

function digestWorkbook(funding: Record<string, unknown>[], actions: Record<string, unknown>[] = []): AddOn {
  const addOn = setUpWith({
    Funding: rowsOf(FUNDING.headers, funding),
    'Action Plan': rowsOf(ACTION_PLAN.headers, actions),
  });
  setUpReminders(addOn, 'YES');
  return addOn;
}

describe('setUpReminders', () => {
  it('should ask first and install exactly one daily trigger for sendDeadlineDigest, even when run twice', () => {
    const addOn = setUpWith({});
    setUpReminders(addOn, 'YES');
    setUpReminders(addOn, 'YES');
    expect(addOn.runtime.ui.alerts.filter((a) => a.buttons === 'YES_NO')).toHaveLength(2);
    expect(addOn.runtime.triggers.triggers).toEqual([
      expect.objectContaining({ handler: 'sendDeadlineDigest', everyDays: 1, user: 'you@example.org' }),
    ]);
    expect(addOn.runtime.spreadsheet.fake.getName()).toBe('Partners');
  });

  it('should install nothing when the person says no', () => {
    const addOn = setUpWith({});
    setUpReminders(addOn, 'NO');
    expect(addOn.runtime.triggers.triggers).toHaveLength(0);
  });

  it('should leave other triggers alone, and removeReminders should delete only the digest trigger', () => {
    const addOn = setUpWith({});
    addOn.runtime.triggers.add({ handler: 'somethingElse', user: 'you@example.org', eventType: 'CLOCK' });
    setUpReminders(addOn, 'YES');
    setUpReminders(addOn, 'YES');
    expect(addOn.runtime.triggers.triggers.map((t) => t.handler).sort()).toEqual([
      'sendDeadlineDigest',
      'somethingElse',
    ]);
    call(addOn, 'removeReminders');
    expect(addOn.runtime.triggers.triggers.map((t) => t.handler)).toEqual(['somethingElse']);
    expect(addOn.runtime.ui.toasts.at(-1)?.message).toContain('off');
  });

  it("should not touch another person's digest trigger", () => {
    const addOn = setUpWith({});
    addOn.runtime.triggers.add({
      handler: 'sendDeadlineDigest',
      user: 'colleague@example.org',
      eventType: 'CLOCK',
    });
    setUpReminders(addOn, 'YES');
    expect(addOn.runtime.triggers.triggers.map((t) => t.user).sort()).toEqual([
      'colleague@example.org',
      'you@example.org',
    ]);
    expect(lastAlert(addOn)).toContain('30, 14, 7, 3 or 1 days');
  });
});

describe('sendDeadlineDigest', () => {
  it('should send one email naming a deadline due in 7 days, in text and HTML, with a link to its row', () => {
    const addOn = digestWorkbook([
      {
        ID: 'f-1',
        Opportunity: 'Youth Water Fund',
        Funder: 'Riverside <Foundation>',
        Deadline: day('2025-03-08'),
      },
      { ID: 'f-2', Opportunity: 'Far away', Funder: 'X', Deadline: day('2025-05-30') },
    ]);
    fireDigest(addOn);
    const sent = addOn.runtime.mail.sent;
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    expect(mail?.to).toEqual(['you@example.org']);
    expect(mail?.subject).toContain('1 deadline');
    expect(mail?.body).toContain('Youth Water Fund — Riverside <Foundation>');
    expect(mail?.body).toContain('Sat 8 Mar 2025 (in 7 days)');
    expect(mail?.body).not.toContain('Far away');
    expect(mail?.htmlBody).toContain('Youth Water Fund — Riverside &lt;Foundation&gt;');
    expect(mail?.htmlBody).not.toContain('<Foundation>');
    expect(mail?.htmlBody).toMatch(
      /<a href="https:\/\/docs\.google\.com\/spreadsheets\/d\/[^"]+#gid=\d+&amp;range=A2">/,
    );
  });

  it.each([
    ['30 days', '2025-03-31', true],
    ['14 days', '2025-03-15', true],
    ['3 days', '2025-03-04', true],
    ['1 day', '2025-03-02', true],
    ['overdue', '2025-02-27', true],
    ['20 days (not a reminder day)', '2025-03-21', false],
    ['31 days', '2025-04-01', false],
  ])('should email for a deadline %s away: %s → %s', (_label, deadline, emails) => {
    const addOn = digestWorkbook([{ ID: 'f-1', Opportunity: 'Grant', Funder: 'F', Deadline: day(deadline) }]);
    fireDigest(addOn);
    expect(addOn.runtime.mail.sent).toHaveLength(emails ? 1 : 0);
  });

  it('should send nothing when nothing open is due within 30 days', () => {
    const addOn = digestWorkbook(
      [
        { ID: 'f-1', Opportunity: 'Later', Funder: 'F', Deadline: day('2025-04-15') },
        { ID: 'f-2', Opportunity: 'Won', Funder: 'F', Stage: 'awarded', Deadline: day('2025-03-08') },
      ],
      [{ ID: 'm-1', Milestone: 'Done late', 'Due Date': day('2025-02-01'), Status: 'done' }],
    );
    fireDigest(addOn);
    expect(addOn.runtime.mail.sent).toHaveLength(0);
  });

  it("should send nothing and say so in the log when the day's email quota is used up", () => {
    const addOn = digestWorkbook([
      { ID: 'f-1', Opportunity: 'Grant', Funder: 'F', Deadline: day('2025-03-08') },
    ]);
    addOn.runtime.mail.remainingQuota = 0;
    fireDigest(addOn);
    expect(addOn.runtime.mail.sent).toHaveLength(0);
    expect(addOn.runtime.logs.some((l) => l.message.includes('quota'))).toBe(true);
  });
});

describe('sendDeadlineDigest on a large workbook', () => {
  it('should send one short email for 3,000 overdue rows with 60,000-character titles and a long workbook name', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => ({
      ID: `f-${i}`,
      Opportunity: i === 0 ? 'x'.repeat(40_000) : `Grant ${i}`,
      Funder: i === 0 ? 'y'.repeat(20_000) : 'F',
      Deadline: day('2025-02-01'),
    }));
    const addOn = digestWorkbook(rows);
    addOn.runtime.spreadsheet.fake.rename('W'.repeat(300));
    fireDigest(addOn);
    const [mail] = addOn.runtime.mail.sent;
    expect(addOn.runtime.mail.sent).toHaveLength(1);
    expect(mail?.subject.length).toBeLessThanOrEqual(250);
    expect(mail?.subject).toContain('3000 deadlines (3000 overdue)');
    expect(mail?.body).toContain('and 2950 more');
    expect((mail?.body.length ?? 0) + (mail?.htmlBody?.length ?? 0)).toBeLessThan(100_000);
  });
});
