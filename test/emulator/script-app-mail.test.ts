import { describe, expect, it } from 'vitest';
import { runScript, withBundle } from './with-bundle.ts';

describe('ScriptApp triggers', () => {
  it('should create a daily clock trigger and list it for its creator only', () => {
    const { runtime, fns } = withBundle(`
      function install() {
        var t = ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
        return [t.getHandlerFunction(), String(t.getEventType()), ScriptApp.getProjectTriggers().length];
      }
      function count() { return ScriptApp.getProjectTriggers().length; }
      function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
    `);
    expect(fns.install?.()).toEqual(['daily', 'CLOCK', 1]);
    expect(runtime.triggers.triggers).toEqual([
      expect.objectContaining({ handler: 'daily', everyDays: 1, atHour: 7, user: 'you@example.org' }),
    ]);
    expect(runtime.execute(() => fns.count?.(), { effectiveUser: 'other@example.org' })).toBe(0);
    fns.removeAll?.();
    expect(runtime.triggers.triggers).toHaveLength(0);
  });

  it('should refuse a 21st trigger and an hour outside 0–23, as Apps Script does', () => {
    expect(() =>
      runScript(`for (var i = 0; i < 21; i++) ScriptApp.newTrigger('f').timeBased().everyHours(1).create();`),
    ).toThrow('This script has too many triggers.');
    expect(() =>
      runScript(`ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(24).create();`),
    ).toThrow("don't match the method signature for ClockTriggerBuilder.atHour");
  });
});

describe('MailApp', () => {
  it('should record emails sent in each of the four sendEmail forms, from the effective user', () => {
    const { runtime } = runScript(`
      MailApp.sendEmail({ to: 'a@example.org', subject: 'One', body: 'text', htmlBody: '<p>html</p>', name: 'Partnerkit' });
      MailApp.sendEmail('b@example.org', 'Two', 'body two');
      MailApp.sendEmail('c@example.org, d@example.org', 'Three', 'body three', { cc: 'e@example.org', htmlBody: '<b>3</b>' });
      MailApp.sendEmail('f@example.org', 'reply@example.org', 'Four', 'body four');
    `);
    expect(runtime.mail.sent.map((m) => [m.from, m.to, m.subject])).toEqual([
      ['you@example.org', ['a@example.org'], 'One'],
      ['you@example.org', ['b@example.org'], 'Two'],
      ['you@example.org', ['c@example.org', 'd@example.org'], 'Three'],
      ['you@example.org', ['f@example.org'], 'Four'],
    ]);
    expect(runtime.mail.sent[0]).toMatchObject({ htmlBody: '<p>html</p>', name: 'Partnerkit' });
    expect(runtime.mail.sent[2]?.cc).toEqual(['e@example.org']);
    expect(runtime.mail.sent[3]?.replyTo).toBe('reply@example.org');
    // Quota counts recipients: 1 + 1 + 3 + 1.
    expect(runtime.mail.remainingQuota).toBe(94);
  });

  it('should refuse what Apps Script refuses: no recipient, a bad address, an exhausted quota', () => {
    expect(() => runScript(`MailApp.sendEmail({ subject: 's', body: 'b' });`)).toThrow(
      'Failed to send email: no recipient',
    );
    expect(() => runScript(`MailApp.sendEmail('not an address', 's', 'b');`)).toThrow('Invalid email');
    expect(() => runScript(`MailApp.sendEmail('a@example.org', 's', 'b');`, { mailQuota: 0 })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(runScript('return MailApp.getRemainingDailyQuota();', { mailQuota: 7 }).result).toBe(7);
  });
});

describe('ContentService', () => {
  it('should serve MimeType.ICAL as text/calendar', () => {
    const { result } = runScript(
      `return ContentService.createTextOutput('BEGIN:VCALENDAR').setMimeType(ContentService.MimeType.ICAL).getMimeType();`,
    );
    expect(String(result)).toBe('ICAL');
  });
});
