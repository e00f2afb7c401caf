import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { parseCookie, stringifySetCookie } from 'cookie';

/** The session token: HttpOnly, so page scripts never see it. */
export const SESSION_COOKIE = 'pishkhan_session';
/**
 * The CSRF token, readable by the page's own scripts, which echo it in `X-XSRF-TOKEN` on every
 * change (Angular's HttpClient does this by itself for these names). A page of another site can
 * neither read the cookie nor set the header.
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

/**
 * The CSRF token of a session, derived from its token so that it needs no storage and cannot be
 * planted: a cookie set for the victim by a sibling subdomain does not match their session.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`pishkhan-csrf\u0000${sessionToken}`, 'utf8').digest('base64url');
}

export function sessionTokenOf(request: Request): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  const token = parseCookie(header)[SESSION_COOKIE];
  return token === undefined || token === '' ? undefined : token;
}

/** Sets both cookies; no Max-Age, so they end with the browser, and the server enforces the session's expiry. */
export function setSessionCookies(response: Response, sessionToken: string, secure: boolean): void {
  response.append('Set-Cookie', stringifySetCookie(SESSION_COOKIE, sessionToken, { httpOnly: true, sameSite: 'strict', secure, path: '/' }));
  setCsrfCookie(response, sessionToken, secure);
}

/** (Re)sets the CSRF cookie of a session, for a page that lost it. */
export function setCsrfCookie(response: Response, sessionToken: string, secure: boolean): void {
  response.append('Set-Cookie', stringifySetCookie(CSRF_COOKIE, csrfTokenFor(sessionToken), { httpOnly: false, sameSite: 'strict', secure, path: '/' }));
}

export function clearSessionCookies(response: Response, secure: boolean): void {
  const expired = { sameSite: 'strict' as const, secure, path: '/', expires: new Date(0) };
  response.append('Set-Cookie', stringifySetCookie(SESSION_COOKIE, '', { ...expired, httpOnly: true }));
  response.append('Set-Cookie', stringifySetCookie(CSRF_COOKIE, '', { ...expired, httpOnly: false }));
}
