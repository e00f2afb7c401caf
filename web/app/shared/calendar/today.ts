import type { DayNumber } from './calendar-date';
import { gregorianToDayNumber } from './gregorian-date';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day it is at `instant` on the wall clocks of `timeZone`. */
export function dayNumberAt(instant: Date, timeZone: string): DayNumber {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return gregorianToDayNumber({ year: field('year'), month: field('month'), day: field('day') });
}
