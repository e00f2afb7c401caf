import type { BusinessCalendar } from './business-calendar.js';
import type { JalaliDate } from './jalali-date.js';

export function isHoliday(calendar: BusinessCalendar, date: JalaliDate): boolean {
  return calendar.yearlyHolidays.has(`${date.month}-${date.day}`) || calendar.datedHolidays.has(`${date.year}-${date.month}-${date.day}`);
}
