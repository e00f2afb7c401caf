import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTimeOfDay, parseTimeOfDay } from './time-of-day.js';

describe('time of day', () => {
  it('given clock times, when parsed, then they are minutes since midnight', () => {
    assert.equal(parseTimeOfDay('08:00'), 480);
    assert.equal(parseTimeOfDay('8:30'), 510);
    assert.equal(parseTimeOfDay('۱۶:۰۰'), 960);
    assert.equal(parseTimeOfDay('00:00'), 0);
    assert.equal(parseTimeOfDay('24:00'), 1440);
  });

  it('given impossible times, when parsed, then they are refused', () => {
    for (const text of ['25:00', '24:30', '12:60', '12', '12:5', 'noon', '-1:00', '']) {
      assert.equal(parseTimeOfDay(text), null, text);
    }
  });

  it('given minutes, when formatted, then they are HH:mm', () => {
    assert.equal(formatTimeOfDay(480), '08:00');
    assert.equal(formatTimeOfDay(1440), '24:00');
  });
});
