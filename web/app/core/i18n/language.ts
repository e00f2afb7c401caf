/** The languages the product speaks; Persian first. */
export type Language = 'fa' | 'en';

export interface LanguageInfo {
  readonly code: Language;
  /** The language's own name, shown on the switch that selects it. */
  readonly nativeName: string;
  readonly direction: 'rtl' | 'ltr';
  /** Locale for `Intl`, with the calendar and digits the language uses. */
  readonly dateLocale: string;
  readonly numberLocale: string;
  /** Sent as `Accept-Language` so the server answers in the same language. */
  readonly acceptLanguage: string;
}

export const LANGUAGES: Readonly<Record<Language, LanguageInfo>> = {
  fa: {
    code: 'fa',
    nativeName: 'فارسی',
    direction: 'rtl',
    dateLocale: 'fa-IR-u-ca-persian-nu-arabext',
    numberLocale: 'fa-IR-u-nu-arabext',
    acceptLanguage: 'fa-IR,fa;q=0.9',
  },
  en: {
    code: 'en',
    nativeName: 'English',
    direction: 'ltr',
    dateLocale: 'en-GB-u-ca-gregory-nu-latn',
    numberLocale: 'en-GB-u-nu-latn',
    acceptLanguage: 'en',
  },
};

export const DEFAULT_LANGUAGE: Language = 'fa';

export function isLanguage(value: unknown): value is Language {
  return value === 'fa' || value === 'en';
}
