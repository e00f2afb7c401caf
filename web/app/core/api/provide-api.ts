import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import type { EnvironmentProviders } from '@angular/core';
import { acceptLanguageInterceptor } from './accept-language-interceptor';
import { apiErrorInterceptor } from './api-error-interceptor';

/** HttpClient for the API (same origin, paths under `/api`), with the app's interceptors. */
export function provideApi(): EnvironmentProviders {
  return provideHttpClient(withFetch(), withInterceptors([acceptLanguageInterceptor, apiErrorInterceptor]));
}
