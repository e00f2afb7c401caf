import { DISPLAY_TIME_ZONE } from './display-time-zone';
import { LANGUAGES, type Language } from './language';

/**
 * `date` ۲ آذر ۱۴۰۵ · 23 Nov 2026; `longDate` دوشنبه ۲ آذر ۱۴۰۵ · Monday, 23 November 2026;
 * `dateTime` ۲ آذر ۱۴۰۵، ساعت ۱۳:۰۵ · 23 Nov 2026, 13:05; `time` ۱۳:۰۵; `numeric` ۱۴۰۵/۰۹/۰۲ · 23/11/2026;
 * `monthYear` آذر ۱۴۰۵ · November 2026.
 */
export type DateStyle = 'date' | 'longDate' | 'dateTime' | 'time' | 'numeric' | 'monthYear';

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

const FIELDS: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LANGUAGES[language].dateLocale, { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

function partsOf(instant: Date, language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Parts {
  const parts: Parts = {};
  for (const part of formatter(language, timeZone, options).formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

// ICU's Persian patterns put the year first for some styles ("۱۴۰۵ آذر ۲, دوشنبه"); Persian
// readers expect day, month, year, so the Persian text is assembled from the parts.
function formatPersian(instant: Date, style: DateStyle, timeZone: string): string {
  const p = partsOf(instant, 'fa', timeZone, style === 'numeric' ? { year: 'numeric', month: '2-digit', day: '2-digit' } : FIELDS);
  switch (style) {
    case 'date':
      return `${p.day} ${p.month} ${p.year}`;
    case 'longDate':
      return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
    case 'dateTime':
      return `${p.day} ${p.month} ${p.year}، ساعت ${p.hour}:${p.minute}`;
    case 'time':
      return `${p.hour}:${p.minute}`;
    case 'numeric':
      return `${p.year}/${p.month}/${p.day}`;
    case 'monthYear':
      return `${p.month} ${p.year}`;
  }
}

const ENGLISH_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'medium' },
  longDate: { dateStyle: 'full' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' },
  time: { timeStyle: 'short', hourCycle: 'h23' },
  numeric: { year: 'numeric', month: '2-digit', day: '2-digit' },
  monthYear: { year: 'numeric', month: 'long' },
};

/**
 * An instant as the language shows it: Jalali in Persian digits for Persian, Gregorian for English,
 * on Tehran's clock unless told otherwise (pass `'UTC'` for a calendar day held as UTC midnight).
 */
export function formatDate(instant: Date | number, language: Language, style: DateStyle = 'date', timeZone = DISPLAY_TIME_ZONE): string {
  const date = typeof instant === 'number' ? new Date(instant) : instant;
  if (language === 'fa') return formatPersian(date, style, timeZone);
  return formatter(language, timeZone, ENGLISH_OPTIONS[style]).format(date);
}
