import { addBusinessMinutes } from '../calendar/add-business-minutes.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { businessMinutesBetween } from '../calendar/business-minutes-between.js';
import type { ClockTimeline } from './sla-timeline.js';

/** Business minutes the clock has run up to `at`. */
export function consumedMinutes(timeline: ClockTimeline, calendar: BusinessCalendar, at: Date): number {
  let total = 0;
  for (const run of timeline.runs) {
    if (run.from.getTime() >= at.getTime()) break;
    const end = run.to === null || run.to.getTime() > at.getTime() ? at : run.to;
    total += businessMinutesBetween(calendar, run.from, end);
  }
  return total;
}

/**
 * The instant at which the clock has run `minutes` business minutes, following its runs (including
 * a scheduled resume); null when it stops or pauses indefinitely before that.
 */
export function instantWhenConsumed(timeline: ClockTimeline, calendar: BusinessCalendar, minutes: number): Date | null {
  let consumed = 0;
  for (const run of timeline.runs) {
    const length = run.to === null ? Number.POSITIVE_INFINITY : businessMinutesBetween(calendar, run.from, run.to);
    if (consumed + length >= minutes) return addBusinessMinutes(calendar, run.from, minutes - consumed);
    consumed += length;
  }
  return null;
}
