import { LANGUAGES, type Language } from './language';

const formatters = new Map<string, Intl.NumberFormat>();

/** A number in the language's digits and grouping: ۱۲٬۳۴۵ in Persian, 12,345 in English. */
export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LANGUAGES[language].numberLocale, options);
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
