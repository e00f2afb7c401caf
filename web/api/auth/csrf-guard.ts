import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { authLocals } from './authenticate.js';
import { CsrfError } from './csrf-error.js';
import { sameSecret } from './secret-token.js';
import { CSRF_HEADER, csrfTokenFor } from './session-cookies.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that the session cookie authenticates unless it carries the
 * session's CSRF token in `X-XSRF-TOKEN` (the double-submit pattern, with a token derived from the
 * session). The cookies are SameSite=Strict as well; this is the second lock, for browsers or
 * set-ups where SameSite does not hold (a sibling subdomain is "same site"). API-key requests carry
 * no ambient credential and are not checked; anonymous ones have nothing to abuse.
 */
export function csrfGuard(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const locals = authLocals(response);
    if (SAFE_METHODS.has(request.method) || locals.authenticatedBy !== 'session' || locals.sessionToken === undefined) {
      next();
      return;
    }
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, csrfTokenFor(locals.sessionToken))) throw new CsrfError();
    next();
  };
}
