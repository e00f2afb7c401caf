import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { routes } from './app.routes';
import { provideApi } from './core/api/provide-api';
import { AuthService } from './core/auth/auth-service';
import { I18n } from './core/i18n/i18n';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideApi(),
    // Sets <html lang dir> from the remembered language before the first page renders, and asks (without
    // waiting) who is signed in, so that the navigation fills in on pages open to everyone too.
    provideAppInitializer(() => {
      inject(I18n);
      void inject(AuthService).whenKnown();
    }),
  ],
};
