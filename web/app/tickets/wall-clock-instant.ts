import type { IsoDate } from '../shared/calendar/iso-date';

/** The offset of `timeZone` from UTC at `instant`, in minutes (Tehran: +210). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  for (const part of format.formatToParts(new Date(instant))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall clock in `timeZone` shows `time` (`HH:MM`) on `date`, as ISO text; null for a
 * time that is not one. What a postponement to «۱۰ دی، ساعت ۸:۰۰» means in Tehran.
 */
export function wallClockInstant(date: IsoDate, time: string, timeZone: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (day === null || clock === null) return null;
  const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
  if (hours > 23 || minutes > 59) return null;
  const asUtc = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), hours, minutes);
  // The offset at the guess, then at the corrected instant, settles across a change of offset.
  const first = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
  const instant = asUtc - offsetMinutes(first, timeZone) * 60_000;
  return new Date(instant).toISOString();
}
