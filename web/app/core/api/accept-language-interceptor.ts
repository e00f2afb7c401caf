import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18n } from '../i18n/i18n';

/** Asks the server to answer in the language the user is reading. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.headers.has('Accept-Language')) return next(request);
  const acceptLanguage = inject(I18n).info().acceptLanguage;
  return next(request.clone({ setHeaders: { 'Accept-Language': acceptLanguage } }));
};
