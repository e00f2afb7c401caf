import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import type { EnvironmentProviders } from '@angular/core';
import { CSRF_COOKIE, CSRF_HEADER } from '../auth/session-cookie';
import { sessionExpiredInterceptor } from '../auth/session-expired-interceptor';
import { acceptLanguageInterceptor } from './accept-language-interceptor';
import { apiErrorInterceptor } from './api-error-interceptor';

/**
 * HttpClient for the API (same origin, paths under `/api`), with the app's interceptors. Every
 * state-changing request echoes the CSRF cookie in the header the server checks (HttpClient's own
 * XSRF support, named here so that a rename on either side shows).
 */
export function provideApi(): EnvironmentProviders {
  return provideHttpClient(
    withFetch(),
    withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
    // Order matters: `sessionExpiredInterceptor` sits outside `apiErrorInterceptor` to see its ApiErrors.
    withInterceptors([acceptLanguageInterceptor, sessionExpiredInterceptor, apiErrorInterceptor]),
  );
}
