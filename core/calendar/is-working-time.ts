import type { BusinessCalendar } from './business-calendar.js';
import { daySpans, localDayNumber } from './working-spans.js';

/** Whether the desk is working at this instant; an interval's end (16:00) is already closed. */
export function isWorkingTime(calendar: BusinessCalendar, instant: Date): boolean {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return daySpans(calendar, localDayNumber(calendar, ms)).some((span) => span.start <= ms && ms < span.end);
}
