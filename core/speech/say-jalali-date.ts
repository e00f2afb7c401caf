import { gregorianToDayNumber } from '../calendar/gregorian-date.js';
import { isValidJalaliDate, jalaliToGregorian, type JalaliDate } from '../calendar/jalali-date.js';
import { weekdayOfDayNumber } from '../calendar/weekday.js';
import { monthPrompt, weekdayPrompt } from './prompt-catalog.js';
import { sayNumber, sayOrdinal } from './say-number.js';

/**
 * A date as Iranians say it: ordinal day, month, cardinal year, «بیست و سوم آبان هزار و چهارصد و
 * پنج», optionally preceded by the weekday («شنبه»). The ezafe between day and month is not recorded
 * separately: the day's ordinal is read plainly.
 */
export function sayJalaliDate(date: JalaliDate, options: { readonly weekday?: boolean } = {}): string[] {
  if (!isValidJalaliDate(date)) throw new RangeError(`${date.year}/${date.month}/${date.day} is not a Jalali date`);
  const weekday = options.weekday === true ? [weekdayPrompt(weekdayOfDayNumber(gregorianToDayNumber(jalaliToGregorian(date))))] : [];
  return [...weekday, ...sayOrdinal(date.day), monthPrompt(date.month), ...sayNumber(date.year)];
}
