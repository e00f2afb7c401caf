import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gregorianToDayNumber } from './gregorian-date.js';
import { isWeekday, weekdayName, weekdayOfDayNumber, WEEKDAYS } from './weekday.js';

describe('weekdays', () => {
  it('given known dates, when asked for the weekday, then they match', () => {
    assert.equal(weekdayOfDayNumber(0), 'thursday');
    assert.equal(weekdayOfDayNumber(gregorianToDayNumber({ year: 2025, month: 3, day: 21 })), 'friday');
    assert.equal(weekdayOfDayNumber(gregorianToDayNumber({ year: 2024, month: 3, day: 23 })), 'saturday');
    assert.equal(weekdayOfDayNumber(-1), 'wednesday');
  });

  it('given the Iranian week, when listed, then it starts on Saturday and ends on Friday', () => {
    assert.equal(WEEKDAYS[0], 'saturday');
    assert.equal(WEEKDAYS[6], 'friday');
  });

  it('given a weekday, when named, then the Persian name uses a zero-width non-joiner where it should', () => {
    assert.equal(weekdayName('tuesday'), 'سه\u200cشنبه');
    assert.equal(weekdayName('friday'), 'جمعه');
    assert.equal(weekdayName('saturday', 'en'), 'Saturday');
  });

  it('given arbitrary text, when checked, then only weekday names pass', () => {
    assert.equal(isWeekday('monday'), true);
    assert.equal(isWeekday('Monday'), false);
  });
});
