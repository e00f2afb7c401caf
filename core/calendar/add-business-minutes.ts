import type { BusinessCalendar } from './business-calendar.js';
import { workingSpans } from './working-spans.js';

/**
 * The earliest instant by which `minutes` of working time have passed since `start`: the SLA
 * deadline. Time outside working hours does not count, so a ticket registered on Friday evening
 * starts its clock on Saturday at 08:00; a deadline that uses up a day exactly falls at that day's
 * closing time (16:00), not at the next opening. Fractions of a minute are kept.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`cannot add ${minutes} business minutes`);
  let remainingMs = Math.round(minutes * 60_000);
  if (remainingMs === 0) return new Date(start.getTime());
  for (const span of workingSpans(calendar, start.getTime())) {
    const length = span.end - span.start;
    if (remainingMs <= length) return new Date(span.start + remainingMs);
    remainingMs -= length;
  }
  throw new RangeError('the business calendar never opens');
}
