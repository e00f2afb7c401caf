import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { BusinessRuleError } from '../../../core/errors/business-rule-error.js';
import { ForbiddenError } from '../../../core/errors/forbidden-error.js';
import { NotFoundError } from '../../../core/errors/not-found-error.js';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { EngineNotFoundError, EngineRejectionError } from '../../../engine/engine-errors.js';
import { UnauthenticatedError } from '../auth/unauthenticated-error.js';

interface ErrorMapping {
  readonly type: abstract new (...args: never[]) => Error;
  readonly status: number;
  readonly body: (error: never) => Record<string, unknown>;
}

/** The one table from error classes to HTTP answers; anything not listed is a 500 with an error id. */
const mappings: readonly ErrorMapping[] = [
  { type: ValidationError, status: 400, body: (error: ValidationError) => ({ error: 'validation', problems: error.problems }) },
  { type: NotFoundError, status: 404, body: (error: NotFoundError) => ({ error: 'not_found', what: error.what }) },
  { type: EngineNotFoundError, status: 404, body: (error: EngineNotFoundError) => ({ error: 'not_found', what: error.what }) },
  { type: UnauthenticatedError, status: 401, body: () => ({ error: 'unauthenticated' }) },
  { type: ForbiddenError, status: 403, body: () => ({ error: 'forbidden' }) },
  { type: BusinessRuleError, status: 422, body: (error: BusinessRuleError) => ({ error: 'business_rule', code: error.code, message: error.message }) },
  { type: EngineRejectionError, status: 409, body: (error: EngineRejectionError) => ({ error: 'rejected', reason: error.reason, message: error.message }) },
];

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const mapping = mappings.find((candidate) => error instanceof candidate.type);
    if (mapping) {
      response.status(mapping.status).json(mapping.body(error as never));
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
