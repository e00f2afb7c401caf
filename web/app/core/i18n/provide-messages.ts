import { inject, provideEnvironmentInitializer, type EnvironmentProviders } from '@angular/core';
import { I18n } from './i18n';
import type { MessagesOf } from './messages-of';

/**
 * Loads an area's messages with the area rather than with the first bundle: put it in the `providers`
 * of the area's top route (`providers: [provideMessages(adminFa, adminEn)]`) and name the catalogue's
 * type in `messages/lazy-messages.ts`. English must have exactly the Persian keys.
 */
export function provideMessages<T extends Readonly<Record<string, string>>>(fa: T, en: MessagesOf<T>): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(I18n).addMessages({ fa, en }));
}
