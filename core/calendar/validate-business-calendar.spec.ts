import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from '../errors/validation-error.js';
import type { BusinessCalendarDefinition } from './business-calendar-definition.js';
import { createBusinessCalendar } from './business-calendar.js';
import { iranianCalendarDefinition } from './iranian-calendar-definition.js';
import { validateBusinessCalendar } from './validate-business-calendar.js';

const saturdayOnly = (intervals: { start: string; end: string }[]): BusinessCalendarDefinition => ({ week: { saturday: intervals } });

describe('validating a business calendar', () => {
  it('given the Iranian default calendar, when validated, then there is no problem', () => {
    assert.deepEqual(validateBusinessCalendar(iranianCalendarDefinition()), []);
  });

  it('given 25:00, when validated, then the field of that time is named', () => {
    assert.deepEqual(validateBusinessCalendar(saturdayOnly([{ start: '08:00', end: '25:00' }])), [
      { field: 'week.saturday[0].end', messageKey: 'calendar.time.invalid', params: { value: '25:00' } },
    ]);
  });

  it('given 24:00, when used as an end, then it is accepted, and as a start it is not', () => {
    assert.deepEqual(validateBusinessCalendar(saturdayOnly([{ start: '16:00', end: '24:00' }])), []);
    assert.equal(validateBusinessCalendar(saturdayOnly([{ start: '24:00', end: '24:00' }]))[0]?.field, 'week.saturday[0].start');
  });

  it('given overlapping intervals, when validated, then the later one is reported with the one it overlaps', () => {
    const problems = validateBusinessCalendar(
      saturdayOnly([
        { start: '13:00', end: '16:00' },
        { start: '08:00', end: '13:30' },
      ]),
    );
    assert.deepEqual(problems, [{ field: 'week.saturday[1]', messageKey: 'calendar.interval.overlaps', params: { other: 0 } }]);
  });

  it('given intervals that only touch, when compiled, then they are one interval', () => {
    const calendar = createBusinessCalendar(
      saturdayOnly([
        { start: '08:00', end: '12:00' },
        { start: '12:00', end: '16:00' },
      ]),
    );
    assert.deepEqual(calendar.week.saturday, [{ start: 480, end: 960 }]);
  });

  it('given an interval that ends before it starts, when validated, then it is reported', () => {
    assert.deepEqual(validateBusinessCalendar(saturdayOnly([{ start: '16:00', end: '08:00' }])), [
      { field: 'week.saturday[0]', messageKey: 'calendar.interval.endNotAfterStart', params: { start: '16:00', end: '08:00' } },
    ]);
  });

  it('given a week without any working time, when validated, then the week is reported', () => {
    assert.deepEqual(validateBusinessCalendar({ week: { friday: [] } }), [{ field: 'week', messageKey: 'calendar.week.noWorkingTime' }]);
  });

  it('given a misspelt weekday, when validated, then it is reported', () => {
    const definition = { week: { saturday: [{ start: '08:00', end: '16:00' }], satruday: [] } } as unknown as BusinessCalendarDefinition;
    assert.deepEqual(validateBusinessCalendar(definition), [
      { field: 'week.satruday', messageKey: 'calendar.weekday.unknown', params: { weekday: 'satruday' } },
    ]);
  });

  it('given holidays, when validated, then 1403/13/01 and 1404/12/30 are invalid but a yearly Esfand 30 is not', () => {
    const problems = validateBusinessCalendar({
      week: { saturday: [{ start: '08:00', end: '16:00' }] },
      holidays: [
        { year: 1403, month: 13, day: 1 },
        { month: 12, day: 30 },
        { year: 1404, month: 12, day: 30 },
        { year: 1403, month: 12, day: 30 },
        { month: 7, day: 31 },
      ],
    });
    assert.deepEqual(problems, [
      { field: 'holidays[0]', messageKey: 'calendar.holiday.invalidDate', params: { date: '1403/13/01' } },
      { field: 'holidays[2]', messageKey: 'calendar.holiday.invalidDate', params: { date: '1404/12/30' } },
      { field: 'holidays[4]', messageKey: 'calendar.holiday.invalidDate', params: { date: '07/31' } },
    ]);
  });

  it('given an unknown time zone and a closure that ends before it starts, when validated, then both are reported', () => {
    const problems = validateBusinessCalendar({
      timeZone: 'Asia/Esfahan',
      week: { saturday: [{ start: '08:00', end: '16:00' }] },
      closures: [
        { from: new Date('2025-01-26T10:00:00Z'), to: new Date('2025-01-26T09:00:00Z') },
        { from: new Date(Number.NaN), to: new Date('2025-01-26T09:00:00Z') },
      ],
    });
    assert.deepEqual(problems, [
      { field: 'timeZone', messageKey: 'calendar.timeZone.unknown', params: { timeZone: 'Asia/Esfahan' } },
      { field: 'closures[0]', messageKey: 'calendar.closure.endNotAfterStart' },
      { field: 'closures[1].from', messageKey: 'calendar.closure.invalidInstant' },
    ]);
  });

  it('given an invalid definition, when compiled, then a ValidationError lists every problem', () => {
    assert.throws(
      () => createBusinessCalendar({ week: { saturday: [{ start: '25:00', end: '16:00' }] }, holidays: [{ year: 1403, month: 13, day: 1 }] }),
      (error: unknown) => error instanceof ValidationError && error.problems.length === 2,
    );
  });
});
