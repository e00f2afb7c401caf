/**
 * The CSRF cookie the server sets next to its HttpOnly session cookie (web/api/auth/session-cookies.ts),
 * and clears with it. Page scripts can read this one, so its absence tells the app that there is no
 * session without asking the server (an anonymous `GET /api/auth/me` would answer 401, which the
 * browser reports as a console error).
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';
/** The header the server's CSRF guard reads (web/api/auth/csrf-guard.ts). */
export const CSRF_HEADER = 'X-XSRF-TOKEN';

export function hasSessionCookie(cookies: string): boolean {
  return cookies.split(';').some((cookie) => {
    const [name, value] = cookie.trim().split('=');
    return name === CSRF_COOKIE && value !== undefined && value !== '';
  });
}
