import type { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '../../../contract/api-error';
import { isMessageId } from '../i18n/is-message-id';
import { ApiError } from './api-error';

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string';
}

/** Maps a failed response to the error and message the user sees. */
export function toApiError(response: HttpErrorResponse): ApiError {
  const { status, error: body } = response;
  if (status === 0) return new ApiError('network', 0, 'api.error.network', {}, [], body);
  if (isApiErrorBody(body)) {
    switch (body.error) {
      case 'validation':
        return new ApiError('validation', status, 'api.error.validation', {}, body.problems, body);
      case 'bad_request':
        return new ApiError('bad_request', status, 'api.error.badRequest', {}, [], body);
      case 'forbidden':
        return new ApiError('forbidden', status, 'api.error.forbidden', {}, [], body);
      case 'not_found':
        return new ApiError('not_found', status, 'api.error.notFound', {}, [], body);
      case 'rejected':
        return new ApiError('rejected', status, 'api.error.rejected', {}, [], body);
      case 'business_rule': {
        // A rule the catalogue explains (`businessRule.<code>`) gets its own message.
        const specific = `businessRule.${body.code}`;
        return new ApiError('business_rule', status, isMessageId(specific) ? specific : 'api.error.businessRule', { code: body.code }, [], body);
      }
      case 'rate_limited':
        return new ApiError('rate_limited', status, 'api.error.rateLimited', { seconds: body.retryAfterSeconds }, [], body);
      case 'internal':
        return new ApiError('internal', status, 'api.error.internal', { errorId: body.errorId }, [], body);
    }
  }
  if (status === 401) return new ApiError('unauthenticated', status, 'api.error.unauthenticated', {}, [], body);
  if (status === 502 || status === 503 || status === 504) return new ApiError('unavailable', status, 'api.error.unavailable', {}, [], body);
  if (status >= 500) return new ApiError('internal', status, 'api.error.internal', { errorId: '—' }, [], body);
  return new ApiError('unknown', status, 'api.error.unknown', { status }, [], body);
}
