import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { catchError, throwError } from 'rxjs';
import { toApiError } from './to-api-error';

/** Every failed call reaches its caller as an `ApiError` that knows which message to show. */
export const apiErrorInterceptor: HttpInterceptorFn = (request, next) =>
  next(request).pipe(catchError((error: unknown) => throwError(() => (error instanceof HttpErrorResponse ? toApiError(error) : error))));
