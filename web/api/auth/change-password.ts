import { Op } from 'sequelize';
import type { Principal } from '../../../core/access/principal.js';
import { ForbiddenError } from '../../../core/errors/forbidden-error.js';
import { ValidationError } from '../../../core/errors/validation-error.js';
import type { Clock } from '../../../core/time/clock.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import { hashPassword, verifyPassword } from './password-hashing.js';
import { passwordProblems } from './password-policy.js';

export interface ChangePasswordInput {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The session asking, which stays open; every other session of the user is closed. */
  readonly keepSessionId: string | undefined;
}

/** A signed-in user changes their own password, proving the current one; their other sessions end. */
export async function changePassword(deps: { readonly db: Database; readonly clock: Clock }, principal: Principal, input: ChangePasswordInput): Promise<void> {
  if (principal.kind !== 'user') throw new ForbiddenError('only users have passwords');
  const { User, Session } = modelsOf(deps.db);
  const user = (await User.findByPk(principal.id))?.get();
  if (user === undefined) throw new ForbiddenError('no such user');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError([{ field: 'currentPassword', messageKey: 'password.currentWrong' }]);
  }
  const problems = passwordProblems(input.newPassword, user.username, 'newPassword');
  if (problems.length > 0) throw new ValidationError(problems);
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await User.update({ passwordHash, updatedAt: now }, { where: { id: user.id }, transaction: tx.transaction });
    const others = input.keepSessionId === undefined ? { userId: user.id } : { userId: user.id, id: { [Op.ne]: input.keepSessionId } };
    await Session.destroy({ where: others, transaction: tx.transaction });
  });
}
