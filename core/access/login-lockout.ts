/**
 * Repeated wrong passwords lock an account for a while: five failures in a row lock it for fifteen
 * minutes. Counted per user (a guesser cannot spread attempts over addresses to escape it); the
 * count starts again after a success or once the lock has been served.
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LoginLockState {
  readonly failedLogins: number;
  readonly lockedUntil: Date | null;
}

export function isLocked(state: LoginLockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more wrong password; `failedLogins` already counts it when it comes from an atomic increment. */
export function afterFailedLogin(failedLogins: number, now: Date): LoginLockState {
  if (failedLogins >= MAX_FAILED_LOGINS) return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  return { failedLogins, lockedUntil: null };
}
