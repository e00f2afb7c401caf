import { Op } from 'sequelize';
import { z } from 'zod';
import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import type { RoutingRule as CoreRoutingRule } from '../../../../core/routing/routing-rule.js';
import { validateRoutingRules } from '../../../../core/routing/validate-routing-rules.js';
import type { Tx } from '../../../../database/database.js';
import { modelsOf, type Models } from '../../../../database/models/index.js';
import type { RoutingRuleAttributes } from '../../../../database/models/routing-rule.js';
import type { RoutingRule, RoutingRuleInput } from '../../../contract/admin/routing-rule.js';
import { active, id, optionalId, optionalText } from '../admin-schemas.js';
import type { AdminResource, AdminWrite } from '../admin-resource.js';
import { missingReference, missingReferences } from '../checks/missing-reference.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';

const target = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('positions'), positionIds: z.array(id).max(50) }),
  z.object({ kind: z.literal('contractor'), contractorId: id }),
]);

const input = z.object({
  categoryId: optionalId,
  locationId: optionalId,
  priority: z.number().int().min(-1000).max(1000).default(0),
  target,
  description: optionalText(500),
  active,
}) satisfies z.ZodType<RoutingRuleInput, unknown>;

async function toDtos(models: Models, rows: readonly RoutingRuleAttributes[], tx?: Tx): Promise<RoutingRule[]> {
  const positions = await models.RoutingRulePosition.findAll({ where: { ruleId: { [Op.in]: rows.map((row) => row.id) } }, order: [['positionId', 'ASC']], transaction: tx?.transaction ?? null });
  return rows.map((row) => ({
    id: row.id,
    categoryId: row.categoryId,
    locationId: row.locationId,
    priority: row.priority,
    target:
      row.targetKind === 'contractor' && row.contractorId !== null
        ? { kind: 'contractor', contractorId: row.contractorId }
        : { kind: 'positions', positionIds: positions.map((position) => position.get()).filter((position) => position.ruleId === row.id).map((position) => position.positionId) },
    description: row.description,
    active: row.active,
  }));
}

/** Core's rule checks (a target needs positions or a contractor…) and that every id names something. */
async function check(write: AdminWrite, value: RoutingRuleInput): Promise<void> {
  const rule: CoreRoutingRule = {
    id: 'rule',
    categoryId: value.categoryId === null ? null : String(value.categoryId),
    locationId: value.locationId === null ? null : String(value.locationId),
    priority: value.priority,
    target: value.target.kind === 'positions' ? { kind: 'positions', positionIds: value.target.positionIds.map(String) } : { kind: 'contractor', contractorId: String(value.target.contractorId) },
  };
  const problems: FieldProblem[] = validateRoutingRules([rule]).map((problem) => ({ ...problem, field: problem.field.replace(/^rules\[0\]\./, '') }));
  problems.push(...(await missingReference(write.tx, 'categories', value.categoryId, 'categoryId')));
  problems.push(...(await missingReference(write.tx, 'locations', value.locationId, 'locationId')));
  if (value.target.kind === 'positions') problems.push(...(await missingReferences(write.tx, 'positions', value.target.positionIds, 'target.positionIds')));
  else problems.push(...(await missingReference(write.tx, 'contractors', value.target.contractorId, 'target.contractorId')));
  throwIfProblems(problems);
}

async function write(write: AdminWrite, ruleId: number | null, value: RoutingRuleInput): Promise<number> {
  const columns = {
    categoryId: value.categoryId,
    locationId: value.locationId,
    priority: value.priority,
    targetKind: value.target.kind,
    contractorId: value.target.kind === 'contractor' ? value.target.contractorId : null,
    description: value.description,
    active: value.active,
    updatedAt: write.now,
  };
  let id = ruleId;
  if (id === null) id = (await write.models.RoutingRule.create({ ...columns, createdAt: write.now }, write.options)).get().id;
  else await write.models.RoutingRule.update(columns, { where: { id }, ...write.options });
  await write.models.RoutingRulePosition.destroy({ where: { ruleId: id }, ...write.options });
  if (value.target.kind === 'positions') {
    for (const positionId of new Set(value.target.positionIds)) await write.models.RoutingRulePosition.create({ ruleId: id, positionId }, write.options);
  }
  return id;
}

/** Category × location → positions or a contractor; the most specific active rule routes a ticket. */
export const routingRuleResource: AdminResource<RoutingRuleInput, RoutingRule> = {
  path: 'routing-rules',
  entity: 'routingRule',
  noun: 'routing rule',
  input,
  references: [],
  async list(db) {
    const models = modelsOf(db);
    return toDtos(models, (await models.RoutingRule.findAll({ order: [['id', 'ASC']] })).map((row) => row.get()));
  },
  async read(models, ruleId, tx) {
    const row = await models.RoutingRule.findByPk(ruleId, { transaction: tx?.transaction ?? null });
    return row === null ? undefined : (await toDtos(models, [row.get()], tx))[0];
  },
  async create(context, value) {
    await check(context, value);
    return write(context, null, value);
  },
  async update(context, ruleId, value) {
    await check(context, value);
    await write(context, ruleId, value);
  },
  async remove(context, ruleId) {
    await context.models.RoutingRulePosition.destroy({ where: { ruleId }, ...context.options });
    await context.models.RoutingRule.destroy({ where: { id: ruleId }, ...context.options });
  },
};
