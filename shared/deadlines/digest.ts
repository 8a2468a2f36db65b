/**
 * The daily digest: what is due in exactly 30, 14, 7, 3 or 1 days, due today, or overdue, as
 * plain text and as simple HTML (workbook text escaped; it is data, never markup). Nothing to
 * say on other days means no email.
 */
import type { CalendarDate } from '../score/dates.ts';
import type { Deadline } from './collect-deadlines.ts';
import { daysUntil, describeDue, formatLongDate } from './when-due.ts';

/** Days before a deadline on which the digest names it. */
export const DIGEST_DAYS = [30, 14, 7, 3, 1] as const;

/** One email's worth of deadlines. */
export interface Digest {
  subject: string;
  text: string;
  html: string;
  /** The deadlines it names, most urgent first. */
  deadlines: Deadline[];
}

/** What the digest needs besides the deadlines. */
export interface DigestOptions {
  today: CalendarDate;
  workbookName: string;
  /** The address of a deadline's row. */
  linkOf?: (deadline: Deadline) => string | undefined;
  /** The workbook's address, for the closing line. */
  workbookUrl?: string;
}

/** The digest for today, or undefined when nothing is due on a reminder day nor overdue. */
export function buildDigest(deadlines: readonly Deadline[], options: DigestOptions): Digest | undefined {
  const named = deadlines
    .map((deadline) => ({ deadline, days: daysUntil(options.today, deadline.date) }))
    .filter(({ days }) => days <= 0 || (DIGEST_DAYS as readonly number[]).includes(days));
  if (named.length === 0) return undefined;
  const overdue = named.filter(({ days }) => days < 0).length;
  const subject =
    `Partnerkit: ${named.length} ${named.length === 1 ? 'deadline' : 'deadlines'} in ${options.workbookName}` +
    (overdue > 0 ? ` (${overdue} overdue)` : '');
  const lines = named.map(({ deadline, days }) => ({
    deadline,
    when: `${formatLongDate(deadline.date)} (${describeDue(days)})`,
    link: options.linkOf?.(deadline),
  }));
  const text = [
    `Deadlines in ${options.workbookName}:`,
    '',
    ...lines.map(({ deadline, when, link }) => `- ${when}: ${deadline.title}${link ? `\n  ${link}` : ''}`),
    '',
    closing(options),
  ].join('\n');
  const html = [
    `<p>Deadlines in <strong>${escapeHtml(options.workbookName)}</strong>:</p>`,
    '<ul>',
    ...lines.map(
      ({ deadline, when, link }) =>
        `<li><strong>${escapeHtml(when)}</strong>: ${
          link
            ? `<a href="${escapeHtml(link)}">${escapeHtml(deadline.title)}</a>`
            : escapeHtml(deadline.title)
        }</li>`,
    ),
    '</ul>',
    `<p style="color:#616e7c">${escapeHtml(closing(options))}</p>`,
  ].join('\n');
  return { subject, text, html, deadlines: named.map(({ deadline }) => deadline) };
}

function closing(options: DigestOptions): string {
  const where = options.workbookUrl ? ` (${options.workbookUrl})` : '';
  return `Sent by Partnerkit from ${options.workbookName}${where}. To stop these emails, choose Partnerkit › Stop deadline reminders.`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
