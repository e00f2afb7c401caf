import { z } from 'zod';
import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import { DEFAULT_FEEDBACK_POLICY, validateFeedbackPolicy } from '../../../../core/feedback/feedback-policy.js';
import { validateEscalationPolicy } from '../../../../core/sla/escalation-policy.js';
import { DEFAULT_TICKET_SETTINGS } from '../../../../core/tickets/ticket-settings.js';
import type { Database, Tx } from '../../../../database/database.js';
import { modelsOf, type Models } from '../../../../database/models/index.js';
import type { AdminSettings } from '../../../contract/admin/settings.js';
import type { ApiRouter } from '../../http/api-router.js';
import { ADMIN_READERS, ADMIN_WRITERS } from '../admin-roles.js';
import { adminWrite, type AdminDeps } from '../admin-write.js';
import { missingReference } from '../checks/missing-reference.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { recordAdminAudit } from '../record-admin-audit.js';
import { readSetting, writeSetting } from './stored-setting.js';

const DEFAULT_ESCALATION_POLICY = DEFAULT_TICKET_SETTINGS.escalation;

// Integers are checked by core's policy checks, so that their messages say what the number means.
const input = z.object({
  messageCenterPositionId: z.number().int().positive().nullable(),
  feedbackAgentsPositionId: z.number().int().positive().nullable(),
  feedbackPolicy: z.object({ unsatisfiedAtOrBelow: z.number(), maxAttempts: z.number() }),
  escalationPolicy: z.object({ clock: z.enum(['response', 'resolution']), firstAfterMinutes: z.number(), repeatEveryMinutes: z.number(), maxEscalations: z.number() }),
}) satisfies z.ZodType<AdminSettings, unknown>;

async function readSettings(models: Models, tx?: Tx): Promise<AdminSettings> {
  return {
    messageCenterPositionId: (await readSetting(models, 'messageCenterPosition', tx))?.positionId ?? null,
    feedbackAgentsPositionId: (await readSetting(models, 'feedbackAgentsPosition', tx))?.positionId ?? null,
    feedbackPolicy: (await readSetting(models, 'feedbackPolicy', tx)) ?? DEFAULT_FEEDBACK_POLICY,
    escalationPolicy: (await readSetting(models, 'escalationPolicy', tx)) ?? DEFAULT_ESCALATION_POLICY,
  };
}

export async function getDeskSettings(db: Database, principal: Principal): Promise<AdminSettings> {
  requireAnyRole(principal, ADMIN_READERS);
  return readSettings(modelsOf(db));
}

const prefixed = (prefix: string, problems: readonly FieldProblem[]) => problems.map((problem) => ({ ...problem, field: `${prefix}.${problem.field}` }));

/** The message center and feedback positions, the feedback and escalation policies, checked by core's rules. */
export function replaceDeskSettings(deps: AdminDeps, principal: Principal, value: AdminSettings): Promise<AdminSettings> {
  return adminWrite(deps, principal, async (write) => {
    throwIfProblems([
      ...(await missingReference(write.tx, 'positions', value.messageCenterPositionId, 'messageCenterPositionId')),
      ...(await missingReference(write.tx, 'positions', value.feedbackAgentsPositionId, 'feedbackAgentsPositionId')),
      ...prefixed('feedbackPolicy', validateFeedbackPolicy(value.feedbackPolicy)),
      ...prefixed('escalationPolicy', validateEscalationPolicy(value.escalationPolicy)),
    ]);
    const before = await readSettings(write.models, write.tx);
    const { models, tx, now } = write;
    if (value.messageCenterPositionId !== null) await writeSetting(models, tx, 'messageCenterPosition', { positionId: value.messageCenterPositionId }, now);
    if (value.feedbackAgentsPositionId !== null) await writeSetting(models, tx, 'feedbackAgentsPosition', { positionId: value.feedbackAgentsPositionId }, now);
    await writeSetting(models, tx, 'feedbackPolicy', value.feedbackPolicy, now);
    await writeSetting(models, tx, 'escalationPolicy', value.escalationPolicy, now);
    const after = await readSettings(models, tx);
    await recordAdminAudit(write, { entity: 'settings', entityId: null, action: 'replace', before, after });
    return after;
  });
}

export function mountDeskSettings(routes: ApiRouter, deps: AdminDeps): void {
  routes.route(
    { method: 'get', path: '/admin/settings', tag: 'admin', summary: 'Message center and feedback positions, feedback and escalation policies', access: ADMIN_READERS },
    ({ principal }) => getDeskSettings(deps.db, principal),
  );
  routes.route({ method: 'put', path: '/admin/settings', tag: 'admin', summary: 'Replace the desk settings', access: ADMIN_WRITERS, body: input }, ({ principal, body }) =>
    replaceDeskSettings(deps, principal, body),
  );
}
