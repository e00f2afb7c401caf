import { Op } from 'sequelize';
import { z } from 'zod';
import { BusinessRuleError } from '../../../../core/errors/business-rule-error.js';
import { modelsOf } from '../../../../database/models/index.js';
import type { PriorityAttributes } from '../../../../database/models/priority.js';
import type { Priority, PriorityInput } from '../../../contract/admin/priority.js';
import { active, name } from '../admin-schemas.js';
import type { AdminResource, AdminWrite } from '../admin-resource.js';
import { ENTITY_IN_USE } from '../change-admin-entity.js';
import { takenValue } from '../checks/taken-value.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';

const input = z.object({
  code: z.string().trim().regex(/^[a-z][a-z0-9_-]{0,31}$/),
  nameFa: name,
  nameEn: name,
  color: z.string().trim().refine((value) => /^#[0-9a-fA-F]{6}$/.test(value), { params: { messageKey: 'input.notColor' } }),
  rankOrder: z.number().int().min(1).max(1000),
  isDefault: z.boolean().default(false),
  active,
}) satisfies z.ZodType<PriorityInput, unknown>;

function toDto(row: PriorityAttributes): Priority {
  return { id: row.id, code: row.code, nameFa: row.nameFa, nameEn: row.nameEn, color: row.color, rankOrder: row.rankOrder, isDefault: row.isDefault, active: row.active };
}

/** How many tickets, SLA targets and categories name a priority code. */
async function usesOf(write: AdminWrite, code: string): Promise<number> {
  let uses = 0;
  for (const [table, column] of [['tickets', 'priority_code'], ['sla_targets', 'priority_code'], ['categories', 'default_priority_code']] as const) {
    const [row] = await write.tx.sql.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`, [code]);
    uses += Number(row?.n ?? 0);
  }
  return uses;
}

/** At most one default: setting one clears the others. */
async function keepOneDefault(write: AdminWrite, priorityId: number, value: PriorityInput): Promise<void> {
  if (value.isDefault) await write.models.Priority.update({ isDefault: false }, { where: { id: { [Op.ne]: priorityId } }, ...write.options });
}

/** Priorities the admin defines: code, names, colour (cartable rows), rank (1 most urgent). */
export const priorityResource: AdminResource<PriorityInput, Priority> = {
  path: 'priorities',
  entity: 'priority',
  noun: 'priority',
  input,
  references: [],
  async inUse(write, priorityId) {
    const row = (await write.models.Priority.findByPk(priorityId, write.options))?.get();
    return row !== undefined && (await usesOf(write, row.code)) > 0;
  },
  async list(db) {
    return (await modelsOf(db).Priority.findAll({ order: [['rankOrder', 'ASC'], ['id', 'ASC']] })).map((row) => toDto(row.get()));
  },
  async read(models, priorityId, tx) {
    const row = await models.Priority.findByPk(priorityId, { transaction: tx?.transaction ?? null });
    return row === null ? undefined : toDto(row.get());
  },
  async create(write, value) {
    throwIfProblems(await takenValue(write.tx, 'priorities', 'code', value.code, null, 'code'));
    const priorityId = (await write.models.Priority.create({ ...value, createdAt: write.now, updatedAt: write.now }, write.options)).get().id;
    await keepOneDefault(write, priorityId, value);
    return priorityId;
  },
  async update(write, priorityId, value) {
    throwIfProblems(await takenValue(write.tx, 'priorities', 'code', value.code, priorityId, 'code'));
    const before = (await write.models.Priority.findByPk(priorityId, write.options))?.get();
    // Tickets and targets refer to the code: it may change only while nothing uses it.
    if (before !== undefined && before.code !== value.code && (await usesOf(write, before.code)) > 0) {
      throw new BusinessRuleError(ENTITY_IN_USE, `priority ${before.code} is in use; its code cannot change`, { entity: 'priority', id: priorityId });
    }
    await write.models.Priority.update({ ...value, updatedAt: write.now }, { where: { id: priorityId }, ...write.options });
    await keepOneDefault(write, priorityId, value);
  },
  async remove(write, priorityId) {
    await write.models.Priority.destroy({ where: { id: priorityId }, ...write.options });
  },
};
