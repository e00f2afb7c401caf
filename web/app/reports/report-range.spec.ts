import { isoDateToDayNumber } from '../shared/calendar/iso-date';
import { isValidRange, presetRange, rangeInstants, startOfDay } from './report-range';

const day = (iso: string) => isoDateToDayNumber(iso)!;

describe('report ranges', () => {
  it('given Jalali days in Tehran, when turned into instants, then the range runs from the first midnight to the midnight after the last day', () => {
    expect(rangeInstants({ fromDay: '2026-01-03', toDay: '2026-01-09' }, 'Asia/Tehran')).toEqual({ from: '2026-01-02T20:30:00.000Z', to: '2026-01-09T20:30:00.000Z' });
  });

  it('given a zone with daylight saving, when a day starts, then its own offset applies', () => {
    expect(startOfDay(day('2026-07-01'), 'Europe/Berlin').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDay(day('2026-01-01'), 'Europe/Berlin').toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  it('given Monday 2 Azar 1405, when presets are asked for in Persian, then weeks start on Saturday and months are Jalali', () => {
    const today = day('2026-11-23');
    expect(presetRange('today', today, 'fa')).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-23' });
    expect(presetRange('yesterday', today, 'fa')).toEqual({ fromDay: '2026-11-22', toDay: '2026-11-22' });
    expect(presetRange('thisWeek', today, 'fa')).toEqual({ fromDay: '2026-11-21', toDay: '2026-11-23' });
    expect(presetRange('thisMonth', today, 'fa'), '1 Azar 1405').toEqual({ fromDay: '2026-11-22', toDay: '2026-11-23' });
    expect(presetRange('thisYear', today, 'fa'), '1 Farvardin 1405').toEqual({ fromDay: '2026-03-21', toDay: '2026-11-23' });
    expect(presetRange('last30', today, 'fa').fromDay).toBe('2026-10-25');
  });

  it('given English, when this month and this year are asked for, then they are Gregorian', () => {
    const today = day('2026-11-23');
    expect(presetRange('thisMonth', today, 'en')).toEqual({ fromDay: '2026-11-01', toDay: '2026-11-23' });
    expect(presetRange('thisYear', today, 'en')).toEqual({ fromDay: '2026-01-01', toDay: '2026-11-23' });
  });

  it('given days out of order or missing, when checked, then the range is not valid', () => {
    expect(isValidRange({ fromDay: '2026-11-23', toDay: '2026-11-22' })).toBe(false);
    expect(isValidRange({ fromDay: '2026-11-23' })).toBe(false);
    expect(isValidRange({ fromDay: '2026-11-23', toDay: '2026-11-23' })).toBe(true);
  });
});
