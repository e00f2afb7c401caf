/** One rejected field of a request; `messageKey` names a message of the app's catalogue. */
export interface FieldProblem {
  readonly field: string;
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** The message in the language the request asked for (`Accept-Language`, Persian by default). */
  readonly message?: string;
}

/** The body of every error answer of the API (web/api/errors/error-handler.ts), by HTTP status. */
export type ApiErrorBody =
  | { readonly error: 'validation'; readonly problems: readonly FieldProblem[] } // 400
  | { readonly error: 'bad_request' } // 4xx raised by Express itself, e.g. malformed JSON
  // 401: no valid session or API key; `login_failed` for a refused login (one answer for every reason).
  | { readonly error: 'unauthenticated'; readonly reason?: 'login_failed'; readonly message?: string }
  // 403; `csrf` when a cookie-authenticated change came without the X-XSRF-TOKEN header.
  | { readonly error: 'forbidden'; readonly reason?: 'csrf'; readonly message?: string }
  | { readonly error: 'not_found'; readonly what?: string } // 404
  | { readonly error: 'rejected'; readonly reason: string; readonly message: string } // 409, refused by the process engine
  | { readonly error: 'business_rule'; readonly code: string; readonly message: string } // 422
  | { readonly error: 'rate_limited'; readonly retryAfterSeconds: number; readonly message: string } // 429, with Retry-After
  | { readonly error: 'internal'; readonly errorId: string }; // 500
