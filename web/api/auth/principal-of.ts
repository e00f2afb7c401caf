import type { Request, Response } from 'express';
import type { Principal } from '../../../core/access/principal.js';
import { UnauthenticatedError } from './unauthenticated-error.js';

/**
 * The principal the authentication middleware found for this request (from the session cookie or
 * an API key), or undefined for an anonymous request.
 */
export function optionalPrincipal(response: Response): Principal | undefined {
  return response.locals.principal as Principal | undefined;
}

/** The authenticated principal; anonymous requests get 401. */
export function principalOf(_request: Request, response: Response): Principal {
  const principal = optionalPrincipal(response);
  if (!principal) throw new UnauthenticatedError();
  return principal;
}
