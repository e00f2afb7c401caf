import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { tap } from 'rxjs';
import { ApiError } from '../api/api-error';
import { AuthService } from './auth-service';

/**
 * A 401 from any API call but the sign-in endpoints themselves means the session is gone: the user
 * is sent to sign in and brought back afterwards. Runs outside `apiErrorInterceptor`, so it sees
 * `ApiError`s; the caller still receives the error.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        if (error instanceof ApiError && error.status === 401 && !request.url.startsWith('/api/auth/')) auth.sessionEnded();
      },
    }),
  );
};
