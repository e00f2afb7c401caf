import type { Language } from '../../core/i18n/language';

/** Anything named in both languages: units, locations, categories (`nameFa`/`nameEn`) or positions (`titleFa`/`titleEn`). */
export type Bilingual = { readonly nameFa: string; readonly nameEn: string } | { readonly titleFa: string; readonly titleEn: string };

/** The name in `language`, falling back to the Persian one when the English one is blank. */
export function localName(named: Bilingual, language: Language): string {
  const [fa, en] = 'nameFa' in named ? [named.nameFa, named.nameEn] : [named.titleFa, named.titleEn];
  return language === 'en' && en.trim() !== '' ? en : fa;
}
