import { col, fn, Op, where } from 'sequelize';
import { z } from 'zod';
import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import { ROLES } from '../../../../core/access/role.js';
import { NotFoundError } from '../../../../core/errors/not-found-error.js';
import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import type { Database, Tx } from '../../../../database/database.js';
import { modelsOf, type Models } from '../../../../database/models/index.js';
import type { NewUserInput, ResetPasswordInput, User, UserInput } from '../../../contract/admin/user.js';
import type { Page } from '../../../contract/page.js';
import type { RoleName } from '../../../contract/roles.js';
import { normalizeUsername } from '../../auth/normalize-username.js';
import { hashPassword } from '../../auth/password-hashing.js';
import { passwordProblems } from '../../auth/password-policy.js';
import type { ApiRouter } from '../../http/api-router.js';
import { offsetOf, pagingQuery } from '../../http/paging.js';
import { idParams } from '../admin-resource-routes.js';
import type { AdminWrite } from '../admin-resource.js';
import { ADMIN_READERS, ADMIN_WRITERS } from '../admin-roles.js';
import { adminWrite, type AdminDeps } from '../admin-write.js';
import { missingReference } from '../checks/missing-reference.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { recordAdminAudit } from '../record-admin-audit.js';

const roles = z.array(z.enum(ROLES)).max(ROLES.length);
const userFields = {
  displayName: z.string().trim().min(1).max(200),
  personId: z.number().int().positive().nullable().default(null),
  language: z.enum(['fa', 'en']).default('fa'),
  roles,
  active: z.boolean().default(true),
};
const newUserInput = z.object({
  username: z.string().trim().min(2).max(100).regex(/^[\p{L}\p{N}._@-]+$/u),
  password: z.string().min(1).max(1024),
  ...userFields,
}) satisfies z.ZodType<NewUserInput, unknown>;
const userInput = z.object(userFields) satisfies z.ZodType<UserInput, unknown>;
const resetInput = z.object({ password: z.string().min(1).max(1024) }) satisfies z.ZodType<ResetPasswordInput, unknown>;
const listQuery = z.object({ q: z.string().trim().max(100).optional(), ...pagingQuery });

async function readUser(models: Models, userId: number, tx?: Tx): Promise<User | undefined> {
  const options = { transaction: tx?.transaction ?? null };
  const row = (await models.User.findByPk(userId, options))?.get();
  if (row === undefined) return undefined;
  const roleRows = await models.UserRole.findAll({ where: { userId }, order: [['role', 'ASC']], ...options });
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    personId: row.personId,
    language: row.language === 'en' ? 'en' : 'fa',
    roles: roleRows.map((role) => role.get().role as RoleName),
    active: row.active,
    failedLogins: row.failedLogins,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

async function mustReadUser(write: AdminWrite, userId: number): Promise<User> {
  const user = await readUser(write.models, userId, write.tx);
  if (user === undefined) throw new NotFoundError('user', userId);
  return user;
}

async function writeRoles(write: AdminWrite, userId: number, wanted: readonly string[]): Promise<void> {
  await write.models.UserRole.destroy({ where: { userId }, ...write.options });
  for (const role of new Set(wanted)) await write.models.UserRole.create({ userId, role }, write.options);
}

async function endSessions(write: AdminWrite, userId: number): Promise<void> {
  await write.models.Session.destroy({ where: { userId }, ...write.options });
}

export async function listUsers(db: Database, principal: Principal, query: z.output<typeof listQuery>): Promise<Page<User>> {
  requireAnyRole(principal, ADMIN_READERS);
  const models = modelsOf(db);
  const text = query.q === undefined || query.q === '' ? undefined : `%${query.q.toLowerCase().replace(/[%_\\]/g, '')}%`;
  const filter = text === undefined ? {} : { [Op.or]: [where(fn('lower', col('username')), { [Op.like]: text }), where(fn('lower', col('display_name')), { [Op.like]: text })] };
  const { rows, count } = await models.User.findAndCountAll({ where: filter, order: [['id', 'ASC']], limit: query.pageSize, offset: offsetOf(query) });
  const items = await Promise.all(rows.map(async (row) => (await readUser(models, row.get().id)) as User));
  return { items, total: count, page: query.page, pageSize: query.pageSize };
}

export async function getUser(db: Database, principal: Principal, userId: number): Promise<User> {
  requireAnyRole(principal, ADMIN_READERS);
  const user = await readUser(modelsOf(db), userId);
  if (user === undefined) throw new NotFoundError('user', userId);
  return user;
}

/** A new login: the username unique (whatever its case), the password within policy and hashed with argon2id. */
export async function createUser(deps: AdminDeps, principal: Principal, value: NewUserInput): Promise<User> {
  requireAnyRole(principal, ADMIN_WRITERS);
  const username = normalizeUsername(value.username);
  throwIfProblems(passwordProblems(value.password, username));
  const passwordHash = await hashPassword(value.password);
  return adminWrite(deps, principal, async (write) => {
    const problems: FieldProblem[] = await missingReference(write.tx, 'people', value.personId, 'personId');
    if ((await write.models.User.count({ where: where(fn('lower', col('username')), username), ...write.options })) > 0) {
      problems.push({ field: 'username', messageKey: 'user.usernameTaken', params: { value: username } });
    }
    throwIfProblems(problems);
    const { roles: wanted, password: _password, ...fields } = value;
    const userId = (await write.models.User.create({ ...fields, username, passwordHash, createdAt: write.now, updatedAt: write.now }, write.options)).get().id;
    await writeRoles(write, userId, wanted);
    const after = await mustReadUser(write, userId);
    await recordAdminAudit(write, { entity: 'user', entityId: userId, action: 'create', before: null, after });
    return after;
  });
}

/**
 * Changes a user's name, person, language, roles and whether they may sign in. Deactivating ends
 * their sessions at once. An admin can neither deactivate themselves nor drop their own admin role,
 * so that the system never loses its last way in by accident.
 */
export function updateUser(deps: AdminDeps, principal: Principal, userId: number, value: UserInput): Promise<User> {
  return adminWrite(deps, principal, async (write) => {
    const before = await mustReadUser(write, userId);
    const problems: FieldProblem[] = await missingReference(write.tx, 'people', value.personId, 'personId');
    if (principal.kind === 'user' && principal.id === userId) {
      if (!value.active) problems.push({ field: 'active', messageKey: 'user.cannotDeactivateSelf' });
      if (!value.roles.includes('admin')) problems.push({ field: 'roles', messageKey: 'user.cannotDropOwnAdmin' });
    }
    throwIfProblems(problems);
    const { roles: wanted, ...fields } = value;
    await write.models.User.update({ ...fields, updatedAt: write.now }, { where: { id: userId }, ...write.options });
    await writeRoles(write, userId, wanted);
    if (!value.active) await endSessions(write, userId);
    const after = await mustReadUser(write, userId);
    await recordAdminAudit(write, { entity: 'user', entityId: userId, action: 'update', before, after });
    return after;
  });
}

/** Sets a new password for a user who forgot theirs; lifts any lockout and ends their sessions. */
export async function resetPassword(deps: AdminDeps, principal: Principal, userId: number, value: ResetPasswordInput): Promise<void> {
  requireAnyRole(principal, ADMIN_WRITERS);
  const existing = await readUser(modelsOf(deps.db), userId);
  if (existing === undefined) throw new NotFoundError('user', userId);
  throwIfProblems(passwordProblems(value.password, existing.username));
  const passwordHash = await hashPassword(value.password);
  await adminWrite(deps, principal, async (write) => {
    const before = await mustReadUser(write, userId);
    await write.models.User.update({ passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: write.now }, { where: { id: userId }, ...write.options });
    await endSessions(write, userId);
    await recordAdminAudit(write, { entity: 'user', entityId: userId, action: 'resetPassword', before, after: await mustReadUser(write, userId) });
  });
}

/** Lifts a lockout after repeated failed logins. */
export function unlockUser(deps: AdminDeps, principal: Principal, userId: number): Promise<User> {
  return adminWrite(deps, principal, async (write) => {
    const before = await mustReadUser(write, userId);
    await write.models.User.update({ failedLogins: 0, lockedUntil: null, updatedAt: write.now }, { where: { id: userId }, ...write.options });
    const after = await mustReadUser(write, userId);
    await recordAdminAudit(write, { entity: 'user', entityId: userId, action: 'unlock', before, after });
    return after;
  });
}

export function mountUsers(routes: ApiRouter, deps: AdminDeps): void {
  const tag = 'admin';
  routes.route({ method: 'get', path: '/admin/users', tag, summary: 'Users, by username or display name', access: ADMIN_READERS, query: listQuery }, ({ principal, query }) =>
    listUsers(deps.db, principal, query),
  );
  routes.route({ method: 'get', path: '/admin/users/:id', tag, summary: 'One user', access: ADMIN_READERS, params: idParams }, ({ principal, params }) => getUser(deps.db, principal, params.id));
  routes.route({ method: 'post', path: '/admin/users', tag, summary: 'Create a user with roles and a password', access: ADMIN_WRITERS, body: newUserInput, success: 201 }, ({ principal, body }) =>
    createUser(deps, principal, body),
  );
  routes.route(
    { method: 'put', path: '/admin/users/:id', tag, summary: 'Change a user’s name, person, language, roles, or deactivate them', access: ADMIN_WRITERS, params: idParams, body: userInput },
    ({ principal, params, body }) => updateUser(deps, principal, params.id, body),
  );
  routes.route(
    { method: 'post', path: '/admin/users/:id/password', tag, summary: 'Reset a user’s password; lifts a lockout and ends their sessions', access: ADMIN_WRITERS, params: idParams, body: resetInput },
    ({ principal, params, body }) => resetPassword(deps, principal, params.id, body),
  );
  routes.route({ method: 'post', path: '/admin/users/:id/unlock', tag, summary: 'Lift a lockout after failed logins', access: ADMIN_WRITERS, params: idParams }, ({ principal, params }) =>
    unlockUser(deps, principal, params.id),
  );
}
