import type { Language } from '../../../core/i18n/language.js';
import { toPersianDigits } from '../../../core/text/to-persian-digits.js';
import { en } from './messages-en.js';
import { fa, type MessageKey } from './messages-fa.js';

export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Readonly<Record<Language, Readonly<Record<string, string>>>> = { fa, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fa, key);
}

function templateOf(language: Language, key: string, params: MessageParams | undefined): string | undefined {
  const catalogue = catalogues[language];
  if (params !== undefined) {
    const variant = catalogue[`${key}#${Object.keys(params).sort().join(',')}`];
    if (variant !== undefined) return variant;
  }
  return catalogue[key];
}

/** Dates, times and numbers given as text (`1404/12/30`, `08:00`) are written in Persian digits too; mixed text is left as it is. */
const NUMERIC_TEXT = /^[\d\s:/.,+-]+$/;

/**
 * The message for `key` in `language` with its `{placeholders}` filled in; numbers in Persian
 * digits for Persian. An unknown key comes back as itself, so that a forgotten translation shows
 * up as a key rather than as nothing (message-catalogue.spec.ts keeps that from being released).
 */
export function translate(language: Language, key: string, params?: MessageParams): string {
  const template = templateOf(language, key, params);
  if (template === undefined) return key;
  if (params === undefined) return template;
  const catalogue = catalogues[language];
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    const translated = typeof value === 'string' ? catalogue[`value.${value}`] : undefined;
    if (translated !== undefined) return translated;
    return language === 'fa' && (typeof value === 'number' || NUMERIC_TEXT.test(value)) ? toPersianDigits(value) : String(value);
  });
}
