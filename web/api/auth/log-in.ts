import { col, fn, Op, where } from 'sequelize';
import { afterFailedLogin, isLocked } from '../../../core/access/login-lockout.js';
import type { Clock } from '../../../core/time/clock.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import { LoginFailedError } from './login-failed-error.js';
import { normalizeUsername } from './normalize-username.js';
import { verifyAgainstNothing, verifyPassword } from './password-hashing.js';
import { hashToken, newSecretToken } from './secret-token.js';
import { sessionExpiry } from './session-policy.js';

export interface LogInDeps {
  readonly db: Database;
  readonly clock: Clock;
}

export interface LogInInput {
  readonly username: string;
  readonly password: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export interface LogInResult {
  /** The session token for the cookie; only its hash is stored. */
  readonly token: string;
  readonly userId: number;
  readonly expiresAt: Date;
}

async function recordFailure(deps: LogInDeps, userId: number): Promise<void> {
  const { User } = modelsOf(deps.db);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    // Counted in the database, atomically, so that parallel guesses cannot slip past the limit.
    await tx.sql.all('UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?', [userId]);
    const counted = (await User.findByPk(userId, { transaction: tx.transaction }))?.get();
    if (counted === undefined) return;
    const next = afterFailedLogin(counted.failedLogins, now);
    await User.update(next, { where: { id: userId }, transaction: tx.transaction });
  });
}

/**
 * Checks a username and password and opens a session. Every refusal is the same LoginFailedError,
 * and every attempt costs one argon2 verification (also for unknown usernames, locked and
 * deactivated accounts), so that neither the answer nor its timing tells which usernames exist.
 * Five wrong passwords in a row lock the account for fifteen minutes (core/access/login-lockout.ts).
 */
export async function logIn(deps: LogInDeps, input: LogInInput): Promise<LogInResult> {
  const { User, Session } = modelsOf(deps.db);
  const username = normalizeUsername(input.username);
  const user = (await User.findOne({ where: where(fn('lower', col('username')), username) }))?.get();
  if (user === undefined) {
    await verifyAgainstNothing(input.password);
    throw new LoginFailedError();
  }
  const matches = await verifyPassword(user.passwordHash, input.password);
  const now = deps.clock.now();
  if (!user.active || isLocked(user, now)) throw new LoginFailedError();
  if (!matches) {
    await recordFailure(deps, user.id);
    throw new LoginFailedError();
  }
  const token = newSecretToken();
  const expiresAt = sessionExpiry(now, now);
  await deps.db.transaction(async (tx) => {
    const options = { transaction: tx.transaction };
    await User.update({ failedLogins: 0, lockedUntil: null, lastLoginAt: now, updatedAt: now }, { where: { id: user.id }, ...options });
    await Session.destroy({ where: { userId: user.id, expiresAt: { [Op.lt]: now } }, ...options });
    await Session.create(
      { id: hashToken(token), userId: user.id, createdAt: now, expiresAt, lastSeenAt: now, ip: input.ip?.slice(0, 64) ?? null, userAgent: input.userAgent?.slice(0, 300) ?? null },
      options,
    );
  });
  return { token, userId: user.id, expiresAt };
}
