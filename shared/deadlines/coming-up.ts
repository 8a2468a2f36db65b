/** "Coming up": deadlines in the next 30 days and those overdue, grouped by week. */
import type { CalendarDate } from '../score/dates.ts';
import type { Deadline } from './collect-deadlines.ts';
import { daysUntil, describeDue, formatLongDate, weekStart } from './when-due.ts';

/** One line of the list. */
export interface ComingUpItem {
  kind: Deadline['kind'];
  tab: string;
  row: number;
  uid: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** "Fri 14 Mar 2025". */
  dateText: string;
  days: number;
  /** "overdue by 3 days", "today", "in 7 days". */
  due: string;
}

/** A heading ("Overdue", "This week", "Week of Mon 10 Mar 2025") and its deadlines by date. */
export interface ComingUpGroup {
  label: string;
  items: ComingUpItem[];
}

/** How far ahead the list looks. */
export const COMING_UP_DAYS = 30;

/** The overdue deadlines first, then one group per week up to `days` ahead. */
export function comingUp(
  deadlines: readonly Deadline[],
  today: CalendarDate,
  days = COMING_UP_DAYS,
): ComingUpGroup[] {
  const groups: ComingUpGroup[] = [];
  const thisWeek = formatLongDate(weekStart(today));
  for (const deadline of deadlines) {
    const until = daysUntil(today, deadline.date);
    if (until > days) continue;
    const week = formatLongDate(weekStart(deadline.date));
    const label = until < 0 ? 'Overdue' : week === thisWeek ? 'This week' : `Week of ${week}`;
    let group = groups.find((g) => g.label === label);
    if (!group) {
      group = { label, items: [] };
      groups.push(group);
    }
    group.items.push(itemOf(deadline, until));
  }
  // Deadlines come sorted by date, so overdue ones (if any) already lead.
  return groups;
}

function itemOf(deadline: Deadline, days: number): ComingUpItem {
  const { year, month, day } = deadline.date;
  return {
    kind: deadline.kind,
    tab: deadline.tab,
    row: deadline.row,
    uid: deadline.uid,
    title: deadline.title,
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    dateText: formatLongDate(deadline.date),
    days,
    due: describeDue(days),
  };
}
