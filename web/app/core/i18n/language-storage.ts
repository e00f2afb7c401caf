import { InjectionToken } from '@angular/core';

/** Where the chosen language is remembered; `localStorage` in the browser, replaceable in tests. */
export const LANGUAGE_STORAGE = new InjectionToken<Pick<Storage, 'getItem' | 'setItem'> | null>('LANGUAGE_STORAGE', {
  providedIn: 'root',
  factory: () => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      // Browsers that block storage throw on access; the language is then kept for this visit only.
      return null;
    }
  },
});

export const LANGUAGE_STORAGE_KEY = 'pishkhan.language';
