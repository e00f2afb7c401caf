import type { Language } from '../i18n/language.js';

const NAMES: Readonly<Record<Language, readonly string[]>> = {
  fa: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
  en: ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'],
};

/** The name of Jalali month 1–12. */
export function jalaliMonthName(month: number, language: Language = 'fa'): string {
  const name = NAMES[language][month - 1];
  if (name === undefined || !Number.isInteger(month)) throw new RangeError(`there is no Jalali month ${month}`);
  return name;
}
