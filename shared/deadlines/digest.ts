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

// An email stays short and within Apps Script's limits whatever the workbook holds: at most this
// many lines, each title cut to this many characters, and a subject of at most 250 characters.
const MAX_ITEMS = 50;
const MAX_TITLE = 300;
const MAX_SUBJECT = 250;

interface DigestLine {
  title: string;
  when: string;
  link: string | undefined;
}

/** The digest for today, or undefined when nothing is due on a reminder day nor overdue. */
export function buildDigest(deadlines: readonly Deadline[], options: DigestOptions): Digest | undefined {
  const named = deadlines
    .map((deadline) => ({ deadline, days: daysUntil(options.today, deadline.date) }))
    .filter(({ days }) => days <= 0 || (DIGEST_DAYS as readonly number[]).includes(days));
  if (named.length === 0) return undefined;
  const overdue = named.filter(({ days }) => days < 0).length;
  const count = `${named.length} ${named.length === 1 ? 'deadline' : 'deadlines'}`;
  const subject = cut(
    `Partnerkit: ${count}${overdue > 0 ? ` (${overdue} overdue)` : ''} in ${options.workbookName}`,
    MAX_SUBJECT,
  );
  const lines: DigestLine[] = named.slice(0, MAX_ITEMS).map(({ deadline, days }) => ({
    title: cut(deadline.title, MAX_TITLE),
    when: `${formatLongDate(deadline.date)} (${describeDue(days)})`,
    link: options.linkOf?.(deadline),
  }));
  const more =
    named.length > lines.length
      ? `…and ${named.length - lines.length} more: open the workbook to see them all.`
      : '';
  return {
    subject,
    text: textOf(lines, more, options),
    html: htmlOf(lines, more, options),
    deadlines: named.map(({ deadline }) => deadline),
  };
}

function textOf(lines: DigestLine[], more: string, options: DigestOptions): string {
  return [
    `Deadlines in ${options.workbookName}:`,
    '',
    ...lines.map(({ title, when, link }) => `- ${when}: ${title}${link ? `\n  ${link}` : ''}`),
    ...(more ? [more] : []),
    '',
    closing(options),
  ].join('\n');
}

function htmlOf(lines: DigestLine[], more: string, options: DigestOptions): string {
  const item = ({ title, when, link }: DigestLine) =>
    `<li><strong>${escapeHtml(when)}</strong>: ${
      link ? `<a href="${escapeHtml(link)}">${escapeHtml(title)}</a>` : escapeHtml(title)
    }</li>`;
  return [
    `<p>Deadlines in <strong>${escapeHtml(options.workbookName)}</strong>:</p>`,
    '<ul>',
    ...lines.map(item),
    '</ul>',
    ...(more ? [`<p>${escapeHtml(more)}</p>`] : []),
    `<p style="color:#616e7c">${escapeHtml(closing(options))}</p>`,
  ].join('\n');
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
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
