/**
 * How long a session lives: it expires after `IDLE_MINUTES` without a request (each request moves
 * the expiry on, at most once a minute to spare the database), and in any case `ABSOLUTE_HOURS`
 * after login, when the user signs in again.
 */
export const SESSION_IDLE_MINUTES = 8 * 60;
export const SESSION_ABSOLUTE_HOURS = 24;
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export function sessionExpiry(createdAt: Date, now: Date): Date {
  const idle = now.getTime() + SESSION_IDLE_MINUTES * 60_000;
  const absolute = createdAt.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000;
  return new Date(Math.min(idle, absolute));
}
