import { z } from 'zod';
import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import { validateSlaTargets } from '../../../../core/sla/validate-sla-targets.js';
import type { Database, Tx } from '../../../../database/database.js';
import { modelsOf, type Models } from '../../../../database/models/index.js';
import type { SlaTarget, SlaTargetsInput } from '../../../contract/admin/sla-target.js';
import type { ApiRouter } from '../../http/api-router.js';
import { ADMIN_READERS, ADMIN_WRITERS } from '../admin-roles.js';
import { adminWrite, type AdminDeps } from '../admin-write.js';
import { missingReference } from '../checks/missing-reference.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { recordAdminAudit } from '../record-admin-audit.js';

// Minutes are checked by core, whose messages say what is wrong with them.
const input = z.object({
  targets: z
    .array(
      z.object({
        categoryId: z.number().int().positive().nullable().default(null),
        priorityCode: z.string().trim().min(1).max(32).nullable().default(null),
        responseMinutes: z.number(),
        resolutionMinutes: z.number(),
      }),
    )
    .max(2000),
}) satisfies z.ZodType<SlaTargetsInput, unknown>;

async function readTargets(models: Models, tx?: Tx): Promise<SlaTarget[]> {
  const rows = await models.SlaTarget.findAll({ order: [['id', 'ASC']], transaction: tx?.transaction ?? null });
  return rows.map((row) => row.get()).map((row) => ({ id: row.id, categoryId: row.categoryId, priorityCode: row.priorityCode, responseMinutes: row.responseMinutes, resolutionMinutes: row.resolutionMinutes }));
}

export async function listSlaTargets(db: Database, principal: Principal): Promise<SlaTarget[]> {
  requireAnyRole(principal, ADMIN_READERS);
  return readTargets(modelsOf(db));
}

/**
 * Replaces the SLA table as a whole, since core checks it as a whole: positive minutes, response
 * within resolution, no two targets for one category and priority, a default for every active priority.
 */
export function replaceSlaTargets(deps: AdminDeps, principal: Principal, value: SlaTargetsInput): Promise<SlaTarget[]> {
  return adminWrite(deps, principal, async (write) => {
    const priorities = (await write.models.Priority.findAll({ where: { active: true }, ...write.options })).map((row) => row.get().code);
    const problems: FieldProblem[] = validateSlaTargets(
      value.targets.map((target) => ({ categoryId: target.categoryId === null ? null : String(target.categoryId), priority: target.priorityCode, responseMinutes: target.responseMinutes, resolutionMinutes: target.resolutionMinutes })),
      priorities,
    );
    for (const [index, target] of value.targets.entries()) {
      problems.push(...(await missingReference(write.tx, 'categories', target.categoryId, `targets[${index}].categoryId`)));
      if (target.priorityCode !== null && !(await write.models.Priority.count({ where: { code: target.priorityCode }, ...write.options }))) {
        problems.push({ field: `targets[${index}].priorityCode`, messageKey: 'input.notFound', params: { id: target.priorityCode } });
      }
    }
    throwIfProblems(problems);
    const before = await readTargets(write.models, write.tx);
    await write.models.SlaTarget.destroy({ where: {}, ...write.options });
    for (const target of value.targets) await write.models.SlaTarget.create({ ...target, createdAt: write.now, updatedAt: write.now }, write.options);
    const after = await readTargets(write.models, write.tx);
    await recordAdminAudit(write, { entity: 'slaTargets', entityId: null, action: 'replace', before, after });
    return after;
  });
}

export function mountSlaTargets(routes: ApiRouter, deps: AdminDeps): void {
  routes.route({ method: 'get', path: '/admin/sla-targets', tag: 'admin', summary: 'Response and resolution targets per category and priority', access: ADMIN_READERS }, ({ principal }) =>
    listSlaTargets(deps.db, principal),
  );
  routes.route(
    { method: 'put', path: '/admin/sla-targets', tag: 'admin', summary: 'Replace the SLA table (validated as a whole)', access: ADMIN_WRITERS, body: input },
    ({ principal, body }) => replaceSlaTargets(deps, principal, body),
  );
}
