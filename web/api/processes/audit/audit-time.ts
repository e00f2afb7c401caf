import type { Language } from '../../../../core/i18n/language.js';
import { DEFAULT_TIME_ZONE } from '../../../../core/calendar/time-zone.js';

const FIELDS: Intl.DateTimeFormatOptions = { timeZone: DEFAULT_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const persian = new Intl.DateTimeFormat('fa-IR-u-ca-persian', FIELDS);
const english = new Intl.DateTimeFormat('en-GB', { ...FIELDS, month: 'short' });

/** «۲ آذر ۱۴۰۵، ساعت ۱۳:۰۵» or "23 Nov 2026, 13:05", on Tehran's clock, as the app writes instants. */
export function auditTime(instant: Date, language: Language): string {
  if (language === 'en') return english.format(instant);
  const parts = Object.fromEntries(persian.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year}، ساعت ${parts.hour}:${parts.minute}`;
}
