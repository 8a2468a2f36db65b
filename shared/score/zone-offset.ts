/** How far a named time zone's clock is ahead of UTC at an instant, via Intl (no tz database here). */

/** Offset in milliseconds, or undefined when the runtime's Intl does not know the zone. */
export function zoneOffsetMs(instant: Date, timeZone: string): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(instant);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    );
    const offset = wall - Math.floor(instant.getTime() / 1000) * 1000;
    return Number.isFinite(offset) ? offset : undefined;
  } catch {
    return undefined;
  }
}
