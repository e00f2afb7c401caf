import type { ApiErrorBody, FieldProblem } from '../../../contract/api-error';
import type { MessageParams } from '../i18n/interpolate';
import type { MessageId } from '../i18n/message-id';

export type ApiErrorKind = ApiErrorBody['error'] | 'network' | 'unauthenticated' | 'unavailable' | 'unknown';

/**
 * A failed API call, as every caller of `HttpClient` receives it (see `apiErrorInterceptor`):
 * what went wrong, and the message to show for it in the user's language.
 */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly messageId: MessageId,
    readonly messageParams: MessageParams = {},
    /** Per-field problems of a validation error, to show next to the fields. */
    readonly problems: readonly FieldProblem[] = [],
    /** The answer's body as received, for callers that understand more of it. */
    readonly body: unknown = null,
  ) {
    super(`API ${kind} (${status})`);
    this.name = 'ApiError';
  }
}
