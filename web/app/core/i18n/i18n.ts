import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { CATALOGUES } from './catalogues';
import { formatDate, type DateStyle } from './format-date';
import { formatNumber } from './format-number';
import { formatRelativeTime } from './format-relative-time';
import { interpolate, type MessageParams } from './interpolate';
import { isMessageId } from './is-message-id';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from './language';
import { LANGUAGE_STORAGE, LANGUAGE_STORAGE_KEY } from './language-storage';
import type { MessageId } from './message-id';

/**
 * The current language and everything written in it. Switching takes effect at once, without a
 * reload: templates that read `language()` (through the pipes) are refreshed by the signal.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly storage = inject(LANGUAGE_STORAGE);
  private readonly current = signal<Language>(this.storedLanguage());
  /** Messages of lazily loaded areas, added as the areas load (`provideMessages`). */
  private readonly loaded = signal<Readonly<Record<Language, Readonly<Record<string, string>>>>>({ fa: {}, en: {} });

  readonly language = this.current.asReadonly();
  readonly info = computed(() => LANGUAGES[this.current()]);

  constructor() {
    this.applyToDocument();
  }

  setLanguage(language: Language): void {
    if (language === this.current()) return;
    this.current.set(language);
    this.storage?.setItem(LANGUAGE_STORAGE_KEY, language);
    this.applyToDocument();
  }

  translate(id: MessageId, params?: MessageParams): string {
    const language = this.current();
    // An area's message before the area has loaded shows its id rather than nothing.
    const text = (CATALOGUES[language] as Readonly<Record<string, string>>)[id] ?? this.loaded()[language][id] ?? id;
    return interpolate(text, params, language);
  }

  /** For keys that come from the server (validation problems); `undefined` when the catalogue lacks them. */
  translateKey(key: string, params?: MessageParams): string | undefined {
    return isMessageId(key) || Object.hasOwn(this.loaded().fa, key) ? this.translate(key as MessageId, params) : undefined;
  }

  /** Adds the messages of an area that loads them with itself; see `provideMessages`. */
  addMessages(messages: Readonly<Record<Language, Readonly<Record<string, string>>>>): void {
    const first = Object.keys(messages.fa)[0];
    if (first === undefined || this.loaded().fa[first] === messages.fa[first]) return;
    this.loaded.update((current) => ({ fa: { ...current.fa, ...messages.fa }, en: { ...current.en, ...messages.en } }));
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.current(), options);
  }

  formatDate(instant: Date | number, style?: DateStyle, timeZone?: string): string {
    return formatDate(instant, this.current(), style, timeZone);
  }

  formatRelativeTime(instant: Date | number, now: Date | number): string {
    return formatRelativeTime(instant, now, this.current());
  }

  private storedLanguage(): Language {
    const stored = this.storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  }

  private applyToDocument(): void {
    const root = this.document.documentElement;
    root.lang = this.current();
    root.dir = LANGUAGES[this.current()].direction;
  }
}
