import type { BusinessCalendar } from './business-calendar.js';
import { workingSpans } from './working-spans.js';

/** Working minutes in `[from, to)`, fractions kept; negative when `to` is before `from`. */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs < fromMs) return -businessMinutesBetween(calendar, to, from);
  let totalMs = 0;
  for (const span of workingSpans(calendar, fromMs, toMs)) totalMs += Math.min(span.end, toMs) - span.start;
  return totalMs / 60_000;
}
