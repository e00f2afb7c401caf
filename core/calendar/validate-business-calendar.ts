import type { FieldProblem } from '../errors/validation-error.js';
import type { BusinessCalendarDefinition, HolidayDefinition } from './business-calendar-definition.js';
import { isValidJalaliDate } from './jalali-date.js';
import { isValidTimeZone } from './time-zone.js';
import { parseTimeOfDay } from './time-of-day.js';
import { isWeekday } from './weekday.js';

const A_LEAP_YEAR = 1403;

function holidayText(holiday: HolidayDefinition): string {
  const monthDay = `${String(holiday.month).padStart(2, '0')}/${String(holiday.day).padStart(2, '0')}`;
  return holiday.year === undefined ? monthDay : `${holiday.year}/${monthDay}`;
}

function isValidHoliday(holiday: HolidayDefinition): boolean {
  // A yearly holiday may fall on Esfand 30, so it is checked against a leap year; it is kept in leap years only.
  const year = holiday.year ?? A_LEAP_YEAR;
  return isValidJalaliDate({ year, month: holiday.month, day: holiday.day });
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** Every problem of a calendar definition, each on the field an editor would highlight. */
export function validateBusinessCalendar(definition: BusinessCalendarDefinition): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (definition.timeZone !== undefined && !isValidTimeZone(definition.timeZone)) {
    problems.push({ field: 'timeZone', messageKey: 'calendar.timeZone.unknown', params: { timeZone: definition.timeZone } });
  }

  let workingMinutes = 0;
  for (const [weekday, intervals] of Object.entries(definition.week)) {
    if (!isWeekday(weekday)) {
      problems.push({ field: `week.${weekday}`, messageKey: 'calendar.weekday.unknown', params: { weekday } });
      continue;
    }
    const parsed: { index: number; start: number; end: number }[] = [];
    (intervals ?? []).forEach((interval, index) => {
      const field = `week.${weekday}[${index}]`;
      const start = parseTimeOfDay(interval.start);
      const end = parseTimeOfDay(interval.end);
      if (start === null || start === 1440) {
        problems.push({ field: `${field}.start`, messageKey: 'calendar.time.invalid', params: { value: interval.start } });
      }
      if (end === null) {
        problems.push({ field: `${field}.end`, messageKey: 'calendar.time.invalid', params: { value: interval.end } });
      }
      if (start === null || start === 1440 || end === null) return;
      if (end <= start) {
        problems.push({ field, messageKey: 'calendar.interval.endNotAfterStart', params: { start: interval.start, end: interval.end } });
        return;
      }
      parsed.push({ index, start, end });
    });
    parsed.sort((a, b) => a.start - b.start);
    parsed.forEach((interval, position) => {
      const previous = parsed[position - 1];
      if (previous !== undefined && interval.start < previous.end) {
        const [earlier, later] = previous.index < interval.index ? [previous, interval] : [interval, previous];
        problems.push({ field: `week.${weekday}[${later.index}]`, messageKey: 'calendar.interval.overlaps', params: { other: earlier.index } });
      }
      workingMinutes += interval.end - interval.start;
    });
  }
  if (workingMinutes === 0 && !problems.some((problem) => problem.field.startsWith('week.'))) {
    problems.push({ field: 'week', messageKey: 'calendar.week.noWorkingTime' });
  }

  (definition.holidays ?? []).forEach((holiday, index) => {
    if (!isValidHoliday(holiday)) {
      problems.push({ field: `holidays[${index}]`, messageKey: 'calendar.holiday.invalidDate', params: { date: holidayText(holiday) } });
    }
  });

  (definition.closures ?? []).forEach((closure, index) => {
    const field = `closures[${index}]`;
    if (!isValidDate(closure.from)) problems.push({ field: `${field}.from`, messageKey: 'calendar.closure.invalidInstant' });
    if (!isValidDate(closure.to)) problems.push({ field: `${field}.to`, messageKey: 'calendar.closure.invalidInstant' });
    if (isValidDate(closure.from) && isValidDate(closure.to) && closure.to.getTime() <= closure.from.getTime()) {
      problems.push({ field, messageKey: 'calendar.closure.endNotAfterStart' });
    }
  });
  return problems;
}
