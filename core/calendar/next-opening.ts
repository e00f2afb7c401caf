import type { BusinessCalendar } from './business-calendar.js';
import { workingSpans } from './working-spans.js';

/** The first working instant at or after `instant`: the instant itself while the desk is working. */
export function nextOpening(calendar: BusinessCalendar, instant: Date): Date {
  for (const span of workingSpans(calendar, instant.getTime())) return new Date(span.start);
  throw new RangeError('the business calendar never opens');
}
