import type { Router } from 'express';
import { z } from 'zod';
import { modelsOf } from '../../../database/models/index.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { authLocals } from './authenticate.js';
import { changePassword } from './change-password.js';
import { describePrincipal } from './describe-principal.js';
import { logIn } from './log-in.js';
import { clearSessionCookies, setCsrfCookie, setSessionCookies } from './session-cookies.js';
import { buildUserPrincipal } from './build-principal.js';
import { UnauthenticatedError } from './unauthenticated-error.js';

const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
});

const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

/** Login attempts per client address and minute; the lockout per account does the rest. */
const LOGIN_ATTEMPTS_PER_MINUTE = 20;
/** Password changes per user and quarter of an hour, so that a stolen session cannot guess the password. */
const PASSWORD_CHANGES_PER_15_MINUTES = 5;

/** The /api/auth endpoints: login, logout, who am I, change my password. */
export function authRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  const loginLimiter = new RateLimiter(deps.clock, { limit: LOGIN_ATTEMPTS_PER_MINUTE, windowMs: 60_000 });
  const passwordLimiter = new RateLimiter(deps.clock, { limit: PASSWORD_CHANGES_PER_15_MINUTES, windowMs: 15 * 60_000 });

  routes.route(
    { method: 'post', path: '/auth/login', tag: 'auth', summary: 'Sign in with username and password; sets the session and CSRF cookies', access: 'public', body: loginBody, rateLimited: true },
    async ({ body, request, response }) => {
      loginLimiter.hit(request.ip ?? 'unknown');
      const session = await logIn(deps, { username: body.username, password: body.password, ip: request.ip ?? null, userAgent: request.get('user-agent') ?? null });
      setSessionCookies(response, session.token, deps.secureCookies);
      const user = (await modelsOf(deps.db).User.findByPk(session.userId))?.get();
      if (user === undefined) throw new UnauthenticatedError();
      return describePrincipal(deps.db, await buildUserPrincipal(deps.db, user), session.expiresAt);
    },
  );

  routes.route(
    { method: 'post', path: '/auth/logout', tag: 'auth', summary: 'End this session and clear its cookies', access: 'authenticated' },
    async ({ response }) => {
      const { sessionId } = authLocals(response);
      if (sessionId !== undefined) await deps.db.transaction((tx) => modelsOf(deps.db).Session.destroy({ where: { id: sessionId }, transaction: tx.transaction }));
      clearSessionCookies(response, deps.secureCookies);
    },
  );

  routes.route(
    { method: 'get', path: '/auth/me', tag: 'auth', summary: 'The signed-in user: roles, positions, language; renews the CSRF cookie', access: 'authenticated' },
    async ({ principal, response }) => {
      const locals = authLocals(response);
      if (locals.sessionToken !== undefined) setCsrfCookie(response, locals.sessionToken, deps.secureCookies);
      return describePrincipal(deps.db, principal, locals.sessionExpiresAt ?? null);
    },
  );

  routes.route(
    { method: 'post', path: '/auth/password', tag: 'auth', summary: 'Change the signed-in user’s password; ends their other sessions', access: 'authenticated', body: changePasswordBody, rateLimited: true },
    async ({ principal, body, response }) => {
      passwordLimiter.hit(`user:${principal.id}`);
      await changePassword(deps, principal, { ...body, keepSessionId: authLocals(response).sessionId });
    },
  );

  return routes.router;
}
