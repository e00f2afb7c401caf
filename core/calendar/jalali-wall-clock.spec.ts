import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromJalaliWallClock, toJalaliWallClock } from './jalali-wall-clock.js';

describe('Jalali wall clocks', () => {
  it('given an instant just after midnight in Tehran, when read, then the Jalali date is already the next day', () => {
    const reading = toJalaliWallClock(new Date('2025-03-20T20:45:00Z'));
    assert.deepEqual(reading, { year: 1404, month: 1, day: 1, hour: 0, minute: 15, second: 0, millisecond: 0 });
  });

  it('given Esfand 30 1403 at 10:00, when converted, then it is 06:30 UTC on 20 March 2025', () => {
    assert.equal(fromJalaliWallClock({ year: 1403, month: 12, day: 30, hour: 10 }).toISOString(), '2025-03-20T06:30:00.000Z');
  });

  it('given an invalid Jalali date, when converted, then it is refused', () => {
    assert.throws(() => fromJalaliWallClock({ year: 1404, month: 12, day: 30 }), RangeError);
  });
});
