import type { Provider } from '@angular/core';
import { LANGUAGE_STORAGE, LANGUAGE_STORAGE_KEY } from '../core/i18n/language-storage';
import type { Language } from '../core/i18n/language';
import { Clock } from '../core/time/clock';
import { FakeClock } from './fake-clock';
import { MemoryStorage } from './memory-storage';

/** A fixed clock (Monday 2 Azar 1405, 13:05 in Tehran) and a fresh language store starting in `language`. */
export function provideTestBasics(options: { language?: Language; now?: string } = {}): { providers: Provider[]; clock: FakeClock; storage: MemoryStorage } {
  const clock = new FakeClock(options.now ?? '2026-11-23T09:35:00Z');
  const storage = new MemoryStorage();
  if (options.language) storage.setItem(LANGUAGE_STORAGE_KEY, options.language);
  return {
    clock,
    storage,
    providers: [
      { provide: Clock, useValue: clock },
      { provide: LANGUAGE_STORAGE, useValue: storage },
    ],
  };
}
