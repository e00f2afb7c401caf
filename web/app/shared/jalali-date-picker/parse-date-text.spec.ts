import { dayNumberToIsoDate } from '../calendar/iso-date';
import { formatDateText } from './format-date-text';
import { parseDateText } from './parse-date-text';

function isoOf(text: string): string {
  const parsed = parseDateText(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
  return dayNumberToIsoDate(parsed.dayNumber);
}

describe('typed dates', () => {
  it('given a Jalali date in Persian or Latin digits, when read, then it is that day', () => {
    expect(isoOf('۱۴۰۵/۰۹/۰۲')).toBe('2026-11-23');
    expect(isoOf('1405/09/02')).toBe('2026-11-23');
    expect(isoOf('1405/9/2')).toBe('2026-11-23');
    expect(isoOf(' ۱۴۰۵-۹-۲ ')).toBe('2026-11-23');
    expect(isoOf('١٤٠٥/٠٩/٠٢')).toBe('2026-11-23');
    expect(isoOf('\u200f۱۴۰۵٫۰۹٫۰۲')).toBe('2026-11-23');
  });

  it('given a Gregorian date, when read, then its year tells the calendar', () => {
    expect(isoOf('2026/11/23')).toBe('2026-11-23');
    expect(isoOf('2026-11-23')).toBe('2026-11-23');
  });

  it('given text that is not year/month/day, when read, then the format is refused', () => {
    for (const text of ['', 'فردا', '02/09/1405', '1405/09', '05/09/02', '1405/09/02/1']) {
      expect(parseDateText(text)).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('given a day the calendar does not have, when read, then it is called nonexistent', () => {
    expect(parseDateText('۱۴۰۵/۱۲/۳۰')).toEqual({ ok: false, problem: 'nonexistent' });
    expect(parseDateText('1405/07/31')).toEqual({ ok: false, problem: 'nonexistent' });
    expect(parseDateText('1405/13/01')).toEqual({ ok: false, problem: 'nonexistent' });
    expect(parseDateText('2026/02/29')).toEqual({ ok: false, problem: 'nonexistent' });
    expect(parseDateText('1403/12/30').ok).toBe(true);
  });

  it('given a year outside the supported range, when read, then it is refused as unsupported', () => {
    expect(parseDateText('1000/01/01')).toEqual({ ok: false, problem: 'unsupported' });
    expect(parseDateText('1600/01/01')).toEqual({ ok: false, problem: 'unsupported' });
  });

  it('given a day, when written for typing, then Persian gets Jalali digits and English Gregorian', () => {
    const parsed = parseDateText('2026-11-23');
    if (!parsed.ok) throw new Error('unreadable');
    expect(formatDateText(parsed.dayNumber, 'fa')).toBe('۱۴۰۵/۰۹/۰۲');
    expect(formatDateText(parsed.dayNumber, 'en')).toBe('2026/11/23');
  });
});
