/** PRODUCT.md "Check-ins": Next Check-in = Last Contact + the days for the stakeholder's tier. */
import type { CalendarDate } from '../score/dates.ts';
import type { Tier } from '../score/partner-score.ts';
import type { CheckInDays } from '../settings/settings.ts';
import { addDays } from './calendar-days.ts';

/**
 * The next check-in, or undefined without a Last Contact or once the partnership has exited.
 * A stakeholder not scored yet is checked in on as often as a Monitor one: someone was in touch,
 * so the contact should not be forgotten.
 */
export function nextCheckIn(
  lastContact: CalendarDate | undefined,
  tier: Tier | undefined,
  status: unknown,
  days: CheckInDays,
): CalendarDate | undefined {
  if (!lastContact) return undefined;
  if (
    String(status ?? '')
      .trim()
      .toLowerCase() === 'exited'
  )
    return undefined;
  const key = (tier ?? 'Monitor').toLowerCase() as keyof CheckInDays;
  return addDays(lastContact, days[key]);
}
