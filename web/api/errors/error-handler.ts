import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Language } from '../../../core/i18n/language.js';
import { BusinessRuleError } from '../../../core/errors/business-rule-error.js';
import { ForbiddenError } from '../../../core/errors/forbidden-error.js';
import { NotFoundError } from '../../../core/errors/not-found-error.js';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { EngineNotFoundError, EngineRejectionError } from '../../../engine/engine-errors.js';
import { CsrfError } from '../auth/csrf-error.js';
import { LoginFailedError } from '../auth/login-failed-error.js';
import { optionalPrincipal } from '../auth/principal-of.js';
import { UnauthenticatedError } from '../auth/unauthenticated-error.js';
import { requestLanguage } from '../i18n/request-language.js';
import { isMessageKey, translate } from '../i18n/translate.js';
import { TooManyRequestsError } from '../rate-limit/too-many-requests-error.js';

interface ErrorMapping {
  readonly type: abstract new (...args: never[]) => Error;
  readonly status: number;
  readonly body: (error: never, language: Language, response: Response) => Record<string, unknown>;
}

function businessRuleMessage(error: BusinessRuleError, language: Language): string {
  const key = `businessRule.${error.code}`;
  return isMessageKey(key) ? translate(language, key) : error.message;
}

/** The one table from error classes to HTTP answers; anything not listed is a 500 with an error id. */
const mappings: readonly ErrorMapping[] = [
  {
    type: ValidationError,
    status: 400,
    body: (error: ValidationError, language) => ({
      error: 'validation',
      problems: error.problems.map((problem) => ({ ...problem, message: translate(language, problem.messageKey, problem.params) })),
    }),
  },
  { type: NotFoundError, status: 404, body: (error: NotFoundError) => ({ error: 'not_found', what: error.what }) },
  { type: EngineNotFoundError, status: 404, body: (error: EngineNotFoundError) => ({ error: 'not_found', what: error.what }) },
  { type: UnauthenticatedError, status: 401, body: () => ({ error: 'unauthenticated' }) },
  { type: LoginFailedError, status: 401, body: (_error: LoginFailedError, language) => ({ error: 'unauthenticated', reason: 'login_failed', message: translate(language, 'auth.loginFailed') }) },
  { type: CsrfError, status: 403, body: (_error: CsrfError, language) => ({ error: 'forbidden', reason: 'csrf', message: translate(language, 'csrf.missing') }) },
  { type: ForbiddenError, status: 403, body: () => ({ error: 'forbidden' }) },
  { type: BusinessRuleError, status: 422, body: (error: BusinessRuleError, language) => ({ error: 'business_rule', code: error.code, message: businessRuleMessage(error, language) }) },
  { type: EngineRejectionError, status: 409, body: (error: EngineRejectionError) => ({ error: 'rejected', reason: error.reason, message: error.message }) },
  {
    type: TooManyRequestsError,
    status: 429,
    body: (error: TooManyRequestsError, language, response) => {
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
      return { error: 'rate_limited', retryAfterSeconds: error.retryAfterSeconds, message: translate(language, 'rateLimit.exceeded', { seconds: error.retryAfterSeconds }) };
    },
  },
];

/** The language the request asked for; without `Accept-Language`, the signed-in user's own. */
function languageOf(request: Request, response: Response): Language {
  if (request.headers['accept-language'] === undefined) return optionalPrincipal(response)?.language ?? 'fa';
  return requestLanguage(request);
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    if (response.headersSent) {
      // A stream (server-sent events, a download) failed after it began: all that is left is to end it.
      logger.warn({ err: error, method: request.method, path: request.path }, 'request failed after the answer began');
      response.end();
      return;
    }
    const mapping = mappings.find((candidate) => error instanceof candidate.type);
    if (mapping) {
      const body = mapping.body(error as never, languageOf(request, response), response);
      response.status(mapping.status).json(body);
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Errors raised by Express itself, such as a malformed JSON body.
      response.status(status).json({ error: 'bad_request' });
      return;
    }
    const errorId = randomUUID();
    logger.error({ err: error, errorId, method: request.method, path: request.path }, 'request failed');
    response.status(500).json({ error: 'internal', errorId });
  };
}
