import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { modelsOf } from '../../../database/models/index.js';
import { loadSessionWithUser } from '../../../database/repositories/access/load-session.js';
import type { ApiDeps } from '../api-deps.js';
import { API_KEY_PATTERN, bearerApiKey } from './api-key-token.js';
import { apiKeyPrincipal, buildUserPrincipal } from './build-principal.js';
import { hashToken } from './secret-token.js';
import { clearSessionCookies, sessionTokenOf } from './session-cookies.js';
import { SESSION_TOUCH_INTERVAL_MS, sessionExpiry } from './session-policy.js';
import { UnauthenticatedError } from './unauthenticated-error.js';

/** How the principal of a request was established; `session` requests are subject to the CSRF check. */
export type AuthenticatedBy = 'session' | 'apiKey';

export interface AuthLocals {
  authenticatedBy?: AuthenticatedBy;
  sessionId?: string;
  sessionToken?: string;
  sessionExpiresAt?: Date;
}

export function authLocals(response: Response): AuthLocals {
  return response.locals as AuthLocals;
}

function parseRoles(stored: string | null): string[] {
  if (stored === null) return [];
  const parsed: unknown = JSON.parse(stored);
  return Array.isArray(parsed) ? parsed.filter((role): role is string => typeof role === 'string') : [];
}

async function authenticateApiKey(deps: ApiDeps, key: string, response: Response): Promise<void> {
  const { ApiKey } = modelsOf(deps.db);
  // A wrong or revoked key is refused outright: the caller meant to authenticate and must be told.
  if (!API_KEY_PATTERN.test(key)) throw new UnauthenticatedError('malformed API key');
  const found = await ApiKey.findOne({ where: { keyHash: hashToken(key) } });
  const row = found?.get();
  if (row === undefined || row.revokedAt !== null) throw new UnauthenticatedError('unknown or revoked API key');
  const now = deps.clock.now();
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await deps.db.transaction((tx) => ApiKey.update({ lastUsedAt: now }, { where: { id: row.id }, transaction: tx.transaction }));
  }
  response.locals.principal = apiKeyPrincipal(row.id, parseRoles(row.roles));
  authLocals(response).authenticatedBy = 'apiKey';
}

async function authenticateSession(deps: ApiDeps, token: string, response: Response): Promise<void> {
  const id = hashToken(token);
  // Plain SQL: a model query would first ask the database for the table's structure, on every request.
  const session = await loadSessionWithUser(deps.db, id);
  const now = deps.clock.now();
  const user = session?.user;
  if (session === undefined || user === undefined || !user.active || session.expiresAt.getTime() <= now.getTime()) {
    // A stale cookie: the request goes on anonymously and the browser is told to forget it.
    clearSessionCookies(response, deps.secureCookies);
    return;
  }
  let expiresAt = session.expiresAt;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    expiresAt = sessionExpiry(session.createdAt, now);
    const { Session } = modelsOf(deps.db);
    await deps.db.transaction((tx) => Session.update({ lastSeenAt: now, expiresAt }, { where: { id }, transaction: tx.transaction }));
  }
  response.locals.principal = await buildUserPrincipal(deps.db, user);
  Object.assign(authLocals(response), { authenticatedBy: 'session', sessionId: id, sessionToken: token, sessionExpiresAt: expiresAt });
}

/**
 * Establishes who calls, before any feature route: an API key (`Authorization: Bearer pk_…`) or the
 * session cookie. Sets `res.locals.principal`; without credentials the request goes on anonymously
 * and each route decides (`principalOf` answers 401).
 */
export function authenticate(deps: ApiDeps): RequestHandler {
  return async (request: Request, response: Response, next: NextFunction) => {
    const apiKey = bearerApiKey(request.headers.authorization);
    if (apiKey !== undefined) await authenticateApiKey(deps, apiKey, response);
    else {
      const token = sessionTokenOf(request);
      if (token !== undefined) await authenticateSession(deps, token, response);
    }
    next();
  };
}
