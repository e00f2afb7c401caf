/** One rejected field of a request; `messageKey` names a message of the app's catalogue. */
export interface FieldProblem {
  readonly field: string;
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The body of every error answer of the API (web/api/errors/error-handler.ts), by HTTP status. */
export type ApiErrorBody =
  | { readonly error: 'validation'; readonly problems: readonly FieldProblem[] } // 400
  | { readonly error: 'bad_request' } // 4xx raised by Express itself, e.g. malformed JSON
  | { readonly error: 'forbidden' } // 403
  | { readonly error: 'not_found'; readonly what?: string } // 404
  | { readonly error: 'rejected'; readonly reason: string; readonly message: string } // 409, refused by the process engine
  | { readonly error: 'business_rule'; readonly code: string; readonly message: string } // 422
  | { readonly error: 'internal'; readonly errorId: string }; // 500
