import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidTimeZone } from './time-zone.js';
import { fromWallClock, toWallClock } from './wall-clock.js';

describe('wall clocks in a time zone', () => {
  it('given an instant, when read in Tehran, then it shows UTC+03:30', () => {
    assert.deepEqual(toWallClock(new Date('2024-11-14T06:30:15.250Z')), {
      year: 2024,
      month: 11,
      day: 14,
      hour: 10,
      minute: 0,
      second: 15,
      millisecond: 250,
    });
  });

  it('given midnight in Tehran, when read, then the hour is 0 and not 24', () => {
    assert.equal(toWallClock(new Date('2024-11-13T20:30:00Z')).hour, 0);
  });

  it('given a Tehran reading, when converted to an instant, then it is the instant that shows it', () => {
    assert.equal(fromWallClock({ year: 2024, month: 11, day: 14, hour: 10 }).toISOString(), '2024-11-14T06:30:00.000Z');
    assert.equal(fromWallClock({ year: 2024, month: 11, day: 14, hour: 10 }, 'UTC').toISOString(), '2024-11-14T10:00:00.000Z');
  });

  it('given 24:00, when converted, then it is the following midnight', () => {
    assert.equal(fromWallClock({ year: 2025, month: 3, day: 20, hour: 24 }).toISOString(), '2025-03-20T20:30:00.000Z');
  });

  it('given the night Iran moved its clocks forward (2 Farvardin 1400), when 00:30 is converted, then it moves forward to 01:30 (+04:30)', () => {
    const instant = fromWallClock({ year: 2021, month: 3, day: 22, minute: 30 });
    assert.equal(instant.toISOString(), '2021-03-21T21:00:00.000Z');
    assert.equal(toWallClock(instant).hour, 1);
  });

  it('given the night Iran moved its clocks back (31 Shahrivar 1400), when the repeated 23:30 is converted, then the earlier instant is chosen', () => {
    const instant = fromWallClock({ year: 2021, month: 9, day: 21, hour: 23, minute: 30 });
    assert.equal(instant.toISOString(), '2021-09-21T19:00:00.000Z');
    assert.equal(toWallClock(new Date(instant.getTime() + 3_600_000)).hour, 23, 'the same reading an hour later');
  });

  it('given readings across two years with DST in Tehran and New York, and every 5 minutes around each clock change, when round-tripped, then each comes back', () => {
    const transitions = [
      ['Asia/Tehran', '2021-03-21T20:30:00Z'],
      ['Asia/Tehran', '2021-09-21T19:30:00Z'],
      ['America/New_York', '2021-03-14T07:00:00Z'],
      ['America/New_York', '2021-11-07T06:00:00Z'],
    ] as const;
    const instants: [string, number][] = [];
    for (const timeZone of ['Asia/Tehran', 'America/New_York', 'Asia/Kabul']) {
      for (let ms = Date.UTC(2021, 0, 1); ms < Date.UTC(2023, 0, 1); ms += 173 * 60_000) instants.push([timeZone, ms]);
    }
    for (const [timeZone, at] of transitions) {
      const center = Date.parse(at);
      for (let ms = center - 3 * 3_600_000; ms <= center + 3 * 3_600_000; ms += 5 * 60_000) instants.push([timeZone, ms]);
    }
    for (const [timeZone, ms] of instants) {
      const wall = toWallClock(new Date(ms), timeZone);
      const back = fromWallClock(wall, timeZone).getTime();
      // A repeated reading maps to its first occurrence, which is at most one hour earlier.
      if (back !== ms && !(back < ms && ms - back <= 3_600_000)) assert.equal(back, ms, `${timeZone} ${new Date(ms).toISOString()}`);
    }
  });

  it('given an early year, when converted, then it is not mistaken for the 1900s', () => {
    assert.equal(fromWallClock({ year: 50, month: 1, day: 1 }, 'UTC').getUTCFullYear(), 50);
  });

  it('given an invalid Date or time zone, when used, then it is refused', () => {
    assert.throws(() => toWallClock(new Date(Number.NaN)), RangeError);
    assert.throws(() => toWallClock(new Date(), 'Mars/Olympus_Mons'), RangeError);
    assert.equal(isValidTimeZone('Asia/Tehran'), true);
    assert.equal(isValidTimeZone('Tehran'), false);
    assert.equal(isValidTimeZone(''), false);
  });
});
