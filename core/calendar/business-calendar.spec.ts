import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addBusinessMinutes } from './add-business-minutes.js';
import { createBusinessCalendar } from './business-calendar.js';
import { businessMinutesBetween } from './business-minutes-between.js';
import { iranianCalendarDefinition } from './iranian-calendar-definition.js';
import { isWorkingTime } from './is-working-time.js';
import { nextOpening } from './next-opening.js';
import { atTehran } from './test-support/at-tehran.js';
import { WEEKDAYS } from './weekday.js';

// 1403/08/26 is Saturday 16 November 2024; 1403/09/01 is the Thursday and 1403/09/02 the Friday of that week.
const iranian = createBusinessCalendar(
  iranianCalendarDefinition({
    lunarHolidays: [{ year: 1403, month: 8, day: 28, name: 'a lunar holiday of 1403 only' }],
    closures: [{ from: atTehran('1403/11/07 10:00'), to: atTehran('1403/11/08 00:00'), reason: 'snow' }],
  }),
);
const thursdayOff = createBusinessCalendar(iranianCalendarDefinition({ thursday: 'off' }));
const roundTheClock = createBusinessCalendar({
  week: Object.fromEntries(WEEKDAYS.map((day) => [day, [{ start: '00:00', end: '24:00' }]])),
});
const nightShift = createBusinessCalendar({
  week: { saturday: [{ start: '22:00', end: '24:00' }], sunday: [{ start: '00:00', end: '06:00' }] },
});

const iso = (date: Date) => date.toISOString();

describe('isWorkingTime', () => {
  it('given a Saturday, when asked at the edges of 08:00–16:00, then opening is inside and closing is outside', () => {
    assert.equal(isWorkingTime(iranian, atTehran('1403/08/26 07:59')), false);
    assert.equal(isWorkingTime(iranian, atTehran('1403/08/26 08:00')), true);
    assert.equal(isWorkingTime(iranian, atTehran('1403/08/26 15:59')), true);
    assert.equal(isWorkingTime(iranian, atTehran('1403/08/26 16:00')), false);
  });

  it('given a Thursday, when asked, then it is a half day, or a day off if so configured', () => {
    assert.equal(isWorkingTime(iranian, atTehran('1403/09/01 12:59')), true);
    assert.equal(isWorkingTime(iranian, atTehran('1403/09/01 13:00')), false);
    assert.equal(isWorkingTime(thursdayOff, atTehran('1403/09/01 10:00')), false);
  });

  it('given a Friday, when asked, then it is off', () => {
    assert.equal(isWorkingTime(iranian, atTehran('1403/09/02 10:00')), false);
  });

  it('given holidays, when asked, then 22 Bahman of any year and a one-year holiday are off, and the same day a year later is not', () => {
    assert.equal(isWorkingTime(iranian, atTehran('1403/11/22 10:00')), false);
    assert.equal(isWorkingTime(iranian, atTehran('1405/11/22 10:00')), false);
    assert.equal(isWorkingTime(iranian, atTehran('1403/08/28 10:00')), false);
    assert.equal(isWorkingTime(iranian, atTehran('1404/08/28 10:00')), true);
  });

  it('given a snow day closing at 10:00, when asked, then 09:59 is working and 10:00 is not', () => {
    assert.equal(isWorkingTime(iranian, atTehran('1403/11/07 09:59')), true);
    assert.equal(isWorkingTime(iranian, atTehran('1403/11/07 10:00')), false);
    assert.equal(isWorkingTime(iranian, atTehran('1403/11/08 08:00')), true);
  });
});

describe('nextOpening', () => {
  it('given an instant during working time, when asked, then it is that instant', () => {
    assert.equal(iso(nextOpening(iranian, atTehran('1403/08/26 10:17'))), iso(atTehran('1403/08/26 10:17')));
  });

  it('given an evening, when asked, then it is the next morning', () => {
    assert.equal(iso(nextOpening(iranian, atTehran('1403/08/30 17:00'))), iso(atTehran('1403/09/01 08:00')));
  });

  it('given Thursday afternoon, when asked, then Friday is skipped', () => {
    assert.equal(iso(nextOpening(iranian, atTehran('1403/09/01 13:30'))), iso(atTehran('1403/09/03 08:00')));
  });

  it('given the eve of Nowruz, when asked, then the holidays of Esfand 29 and 1–4 Farvardin are skipped', () => {
    assert.equal(iso(nextOpening(iranian, atTehran('1403/12/28 16:00'))), iso(atTehran('1403/12/30 08:00')));
    assert.equal(iso(nextOpening(iranian, atTehran('1403/12/30 13:00'))), iso(atTehran('1404/01/05 08:00')));
  });

  it('given a snow day, when asked after the closure began, then it is the next working morning', () => {
    assert.equal(iso(nextOpening(iranian, atTehran('1403/11/07 10:30'))), iso(atTehran('1403/11/08 08:00')));
  });
});

describe('addBusinessMinutes', () => {
  it('given working time, when minutes are added, then the deadline is the same day', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/08/26 10:00'), 60)), iso(atTehran('1403/08/26 11:00')));
  });

  it('given minutes that use up the day exactly, when added, then the deadline is closing time, not the next opening', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/08/26 15:00'), 60)), iso(atTehran('1403/08/26 16:00')));
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/08/26 15:00'), 61)), iso(atTehran('1403/08/27 08:01')));
  });

  it('given Wednesday afternoon, when two hours are added, then the deadline is on Thursday morning', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/08/30 15:00'), 120)), iso(atTehran('1403/09/01 09:00')));
  });

  it('given Thursday noon, when two hours are added, then Friday is skipped', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/09/01 12:00'), 120)), iso(atTehran('1403/09/03 09:00')));
  });

  it('given a start outside working hours, when minutes are added, then the clock starts at the next opening', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/09/02 20:00'), 30)), iso(atTehran('1403/09/03 08:30')));
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/08/26 06:00'), 30)), iso(atTehran('1403/08/26 08:30')));
  });

  it('given zero minutes, when added, then the start is returned even outside working hours', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/09/02 20:00'), 0)), iso(atTehran('1403/09/02 20:00')));
  });

  it('given a whole week of minutes, when added on Saturday morning, then the deadline is Thursday at closing', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/09/03 08:00'), 5 * 480 + 300)), iso(atTehran('1403/09/08 13:00')));
  });

  it('given the last working days before Nowruz, when seven hours are added, then the deadline is after the holidays', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/12/28 15:00'), 420)), iso(atTehran('1404/01/05 09:00')));
  });

  it('given a snow day from 10:00, when two hours are added at 09:00, then the second hour is on the next day', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/11/07 09:00'), 120)), iso(atTehran('1403/11/08 09:00')));
  });

  it('given seconds and fractional minutes, when added, then they are kept', () => {
    assert.equal(iso(addBusinessMinutes(iranian, atTehran('1403/08/26 10:00:30'), 1.5)), iso(atTehran('1403/08/26 10:02:00')));
  });

  it('given a night shift split at midnight, when minutes are added across midnight, then it continues after midnight', () => {
    assert.equal(iso(addBusinessMinutes(nightShift, atTehran('1403/08/26 23:00'), 120)), iso(atTehran('1403/08/27 01:00')));
  });

  it('given a desk open round the clock on the night Iran moved its clocks forward, when two hours are added, then two real hours pass', () => {
    const start = atTehran('1400/01/01 23:00');
    const deadline = addBusinessMinutes(roundTheClock, start, 120);
    assert.equal(deadline.getTime() - start.getTime(), 120 * 60_000);
    assert.equal(iso(deadline), iso(atTehran('1400/01/02 02:00')));
  });

  it('given a negative or infinite number of minutes, when added, then it is refused', () => {
    assert.throws(() => addBusinessMinutes(iranian, atTehran('1403/08/26 10:00'), -1), RangeError);
    assert.throws(() => addBusinessMinutes(iranian, atTehran('1403/08/26 10:00'), Number.POSITIVE_INFINITY), RangeError);
  });
});

describe('businessMinutesBetween', () => {
  it('given two instants on one working day, when measured, then it is the plain difference', () => {
    assert.equal(businessMinutesBetween(iranian, atTehran('1403/08/26 10:00'), atTehran('1403/08/26 11:30')), 90);
  });

  it('given Wednesday afternoon to Saturday morning, when measured, then Thursday counts half and Friday not at all', () => {
    assert.equal(businessMinutesBetween(iranian, atTehran('1403/08/30 15:00'), atTehran('1403/09/03 09:00')), 60 + 300 + 60);
  });

  it('given the instants in reverse, when measured, then the result is negative', () => {
    assert.equal(businessMinutesBetween(iranian, atTehran('1403/09/03 09:00'), atTehran('1403/08/30 15:00')), -420);
  });

  it('given a night and a Friday, when measured, then no working time passed', () => {
    assert.equal(businessMinutesBetween(iranian, atTehran('1403/08/26 17:00'), atTehran('1403/08/27 07:00')), 0);
    assert.equal(businessMinutesBetween(iranian, atTehran('1403/09/02 00:00'), atTehran('1403/09/02 23:59')), 0);
  });

  it('given the night the clocks moved forward, when measured round the clock, then the skipped hour does not count', () => {
    assert.equal(businessMinutesBetween(roundTheClock, atTehran('1400/01/01 23:00'), atTehran('1400/01/02 02:00')), 120);
  });

  it('given a year of working days, when measured, then it is fast enough for reports', () => {
    const started = performance.now();
    const minutes = businessMinutesBetween(iranian, atTehran('1403/01/01 00:00'), atTehran('1404/01/01 00:00'));
    assert.ok(minutes > 200 * 400 && minutes < 300 * 480, String(minutes));
    assert.ok(performance.now() - started < 1000);
  });

  it('given many starts and durations, when a deadline is computed and measured back, then the minutes agree', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const base = atTehran('1403/11/01 00:00').getTime();
    for (let i = 0; i < 300; i += 1) {
      const start = new Date(base + Math.floor(random() * 60 * 86_400_000));
      const minutes = Math.floor(random() * 5000);
      const deadline = addBusinessMinutes(iranian, start, minutes);
      assert.equal(businessMinutesBetween(iranian, start, deadline), minutes, `${start.toISOString()} + ${minutes}`);
    }
  });
});
