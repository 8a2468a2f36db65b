/**
 * An RFC 5545 calendar of deadlines: one all-day VEVENT per deadline (DTSTART;VALUE=DATE and the
 * next day as DTEND), escaped text, lines folded at 75 octets and ended by CRLF, and two display
 * alarms (7 days and 1 day before) on funding deadlines.
 */
import type { CalendarDate } from '../score/dates.ts';
import type { Deadline } from './collect-deadlines.ts';
import { escapeText, foldLine } from './ics-text.ts';

/** What the calendar says about itself and its events. */
export interface CalendarOptions {
  /** When the calendar was made: every event's DTSTAMP. */
  now: Date;
  /** Shown as the calendar's name by Google, Outlook and Apple Calendar. */
  name: string;
  /** The address of a deadline's row, put in its URL and DESCRIPTION. */
  linkOf?: (deadline: Deadline) => string | undefined;
}

/** Days before a funding deadline that its alarms go off. */
export const FUNDING_ALARM_DAYS = [7, 1] as const;

const KIND_LABELS: Record<Deadline['kind'], string> = {
  funding: 'Funding',
  milestone: 'Milestone',
  impact: 'Impact',
  'check-in': 'Check-in',
  conflict: 'Conflict',
  exit: 'Exit plan',
};

/** The calendar as text, CRLF line ends, ready to serve as text/calendar. */
export function writeCalendar(deadlines: readonly Deadline[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Partnerkit//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    // Subscribed calendars refresh on their own schedule; these ask for twice a day.
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
  ];
  const stamp = formatStamp(options.now);
  for (const deadline of deadlines) lines.push(...eventLines(deadline, stamp, options));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function eventLines(deadline: Deadline, stamp: string, options: CalendarOptions): string[] {
  const link = options.linkOf?.(deadline);
  const where = `${deadline.tab} tab, row ${deadline.row}`;
  const description = link ? `${where}: ${link}` : where;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(deadline.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${formatDate(deadline.date)}`,
    `DTEND;VALUE=DATE:${formatDate(nextDay(deadline.date))}`,
    `SUMMARY:${escapeText(deadline.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(KIND_LABELS[deadline.kind])}`,
    'TRANSP:TRANSPARENT',
  ];
  if (link) lines.push(`URL:${link.replace(/[\s"]/g, encodeURIComponent)}`);
  if (deadline.kind === 'funding')
    for (const days of FUNDING_ALARM_DAYS)
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(`${deadline.title} (in ${days} ${days === 1 ? 'day' : 'days'})`)}`,
        `TRIGGER:-P${days}D`,
        'END:VALARM',
      );
  lines.push('END:VEVENT');
  return lines;
}

/** YYYYMMDD of a calendar day. */
export function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}${pad(date.month)}${pad(date.day)}`;
}

function formatStamp(now: Date): string {
  return `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`;
}

function nextDay(date: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
