/**
 * Deadline reminders: one daily time-driven trigger runs sendDeadlineDigest, which emails the
 * person who set it up (the trigger runs as them) only when something is due.
 */
import { buildDigest } from '../../../shared/deadlines/digest.ts';
import { readDeadlines } from './read-deadlines.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The global function the trigger runs. */
export const DIGEST_HANDLER = 'sendDeadlineDigest';
// Early morning in the script's time zone, before the working day.
const DIGEST_HOUR = 7;

/** Asks first; then replaces any digest trigger with one daily trigger. Returns what happened. */
export function setUpRemindersIn(): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    'Deadline reminders',
    'Once a day, Partnerkit will check this workbook and email you when a deadline is 30, 14, 7, 3 or 1 days away, or overdue. No email on days with nothing due. Set this up?',
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return undefined;
  removeDigestTriggers();
  ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyDays(1).atHour(DIGEST_HOUR).create();
  const email = Session.getEffectiveUser().getEmail();
  return `Deadline reminders are on: a daily check emails ${email || 'you'} when something is due.`;
}

/** Deletes the digest trigger(s). */
export function removeRemindersIn(): string {
  const removed = removeDigestTriggers();
  return removed > 0 ? 'Deadline reminders are off.' : 'There were no deadline reminders to stop.';
}

function removeDigestTriggers(): number {
  let removed = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() !== DIGEST_HANDLER) continue;
    ScriptApp.deleteTrigger(trigger);
    removed += 1;
  }
  return removed;
}

/** Emails today's digest to the person running it; returns the subject sent, or undefined. */
export function sendDeadlineDigestIn(spreadsheet: Spreadsheet): string | undefined {
  const read = readDeadlines(spreadsheet);
  const digest = buildDigest(read.deadlines, {
    today: read.today,
    workbookName: read.workbookName,
    workbookUrl: read.workbookUrl,
    linkOf: read.linkOf,
  });
  if (!digest) return undefined;
  const to = Session.getEffectiveUser().getEmail();
  if (!to) throw new Error('No email address for the person who set up the reminders.');
  if (MailApp.getRemainingDailyQuota() < 1) {
    console.warn('Partnerkit: no email quota left today; the deadline digest waits for tomorrow.');
    return undefined;
  }
  MailApp.sendEmail({
    to,
    subject: digest.subject,
    body: digest.text,
    htmlBody: digest.html,
    name: 'Partnerkit',
  });
  return digest.subject;
}
