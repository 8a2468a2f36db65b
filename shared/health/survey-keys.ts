/**
 * Survey keys: one per partner, kept in Settings ("survey key hashes") only as hashes, one line
 * "HASH Partner name" each, so a person can stop one link by deleting its line.
 */
import { type CalendarDate, readDate } from '../score/dates.ts';

/** Most answers one key accepts a day. */
export const DAILY_ANSWERS = 20;

export interface SurveyKeyHash {
  hash: string;
  partner: string;
}

/** The hashes and partners of the Settings value. */
export function readSurveyKeyHashes(value: string): SurveyKeyHash[] {
  return value.split(/\r?\n/).flatMap((line) => {
    const match = /^\s*([0-9a-f]{64})\s+(.+?)\s*$/i.exec(line);
    return match ? [{ hash: (match[1] as string).toLowerCase(), partner: match[2] as string }] : [];
  });
}

/** The Settings value for these hashes (a hash first, so the cell never reads as a formula). */
export function writeSurveyKeyHashes(keys: readonly SurveyKeyHash[]): string {
  return keys.map((k) => `${k.hash} ${k.partner.replace(/\s+/g, ' ').trim()}`).join('\n');
}

/** How many of the Feedback rows (timestamp, partner) are this partner's answers of the day. */
export function answersOnDay(
  rows: readonly { timestamp: unknown; partner: unknown }[],
  partner: string,
  today: CalendarDate,
  zoneOffsetMs?: number,
): number {
  const name = partner.trim().toLowerCase();
  return rows.filter((row) => {
    if (
      String(row.partner ?? '')
        .trim()
        .toLowerCase() !== name
    )
      return false;
    const day = readDate(row.timestamp, zoneOffsetMs);
    return day !== undefined && day.year === today.year && day.month === today.month && day.day === today.day;
  }).length;
}
