import { formatDate } from './format-date';
import { formatRelativeTime } from './format-relative-time';

// 09:35 UTC is 13:05 in Tehran (UTC+3:30), Monday 2 Azar 1405.
const instant = new Date('2026-11-23T09:35:00Z');

describe('dates in the reader’s language', () => {
  it('given an instant, when written in Persian, then it is a Jalali date on Tehran’s clock in Persian digits', () => {
    expect(formatDate(instant, 'fa', 'date')).toBe('۲ آذر ۱۴۰۵');
    expect(formatDate(instant, 'fa', 'longDate')).toBe('دوشنبه ۲ آذر ۱۴۰۵');
    expect(formatDate(instant, 'fa', 'dateTime')).toBe('۲ آذر ۱۴۰۵، ساعت ۱۳:۰۵');
    expect(formatDate(instant, 'fa', 'numeric')).toBe('۱۴۰۵/۰۹/۰۲');
    expect(formatDate(instant, 'fa', 'monthYear')).toBe('آذر ۱۴۰۵');
    expect(formatDate(instant, 'fa', 'time')).toBe('۱۳:۰۵');
  });

  it('given an instant, when written in English, then it is a Gregorian date on Tehran’s clock', () => {
    expect(formatDate(instant, 'en', 'date')).toBe('23 Nov 2026');
    expect(formatDate(instant, 'en', 'dateTime')).toBe('23 Nov 2026, 13:05');
    expect(formatDate(instant, 'en', 'monthYear')).toBe('November 2026');
  });

  it('given late evening UTC, when written for Tehran, then the date is already the next day', () => {
    expect(formatDate(new Date('2026-11-23T21:00:00Z'), 'fa', 'date')).toBe('۳ آذر ۱۴۰۵');
  });

  it('given a calendar day held as UTC midnight, when written in UTC, then the day does not shift', () => {
    expect(formatDate(Date.UTC(2026, 10, 23), 'fa', 'date', 'UTC')).toBe('۲ آذر ۱۴۰۵');
  });
});

describe('relative times', () => {
  const now = instant.getTime();

  it('given moments in the past, when written in Persian, then they read naturally with Persian digits', () => {
    expect(formatRelativeTime(now - 3 * 60_000, now, 'fa')).toBe('۳ دقیقه پیش');
    expect(formatRelativeTime(now - 10_000, now, 'fa')).toBe('اکنون');
    expect(formatRelativeTime(now - 2 * 3_600_000, now, 'fa')).toBe('۲ ساعت پیش');
    expect(formatRelativeTime(now - 86_400_000, now, 'fa')).toBe('دیروز');
  });

  it('given moments, when written in English, then they read naturally', () => {
    expect(formatRelativeTime(now - 3 * 60_000, now, 'en')).toBe('3 minutes ago');
    expect(formatRelativeTime(now + 2 * 3_600_000, now, 'en')).toBe('in 2 hours');
    expect(formatRelativeTime(now - 50 * 60_000, now, 'en')).toBe('1 hour ago');
  });
});
