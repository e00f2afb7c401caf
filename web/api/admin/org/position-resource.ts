import { Op } from 'sequelize';
import { z } from 'zod';
import { escalationPath } from '../../../../core/org/escalation-path.js';
import type { Position as CorePosition } from '../../../../core/org/position.js';
import { indexTree } from '../../../../core/tree/tree-node.js';
import type { Tx } from '../../../../database/database.js';
import { modelsOf, type Models } from '../../../../database/models/index.js';
import type { PositionAttributes } from '../../../../database/models/position.js';
import { POSITION_SETTING_NAMES } from '../settings/stored-setting.js';
import type { Position, PositionInput } from '../../../contract/admin/position.js';
import { active, id, name, optionalCode, optionalId } from '../admin-schemas.js';
import type { AdminResource, AdminWrite } from '../admin-resource.js';
import { missingReference } from '../checks/missing-reference.js';
import { takenValue } from '../checks/taken-value.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { treeProblemsAfter } from '../checks/tree-after-change.js';

const input = z.object({ parentId: optionalId, unitId: id, code: optionalCode, titleFa: name, titleEn: name, active }) satisfies z.ZodType<PositionInput, unknown>;

async function toDtos(models: Models, rows: readonly PositionAttributes[], tx?: Tx): Promise<Position[]> {
  const options = { transaction: tx?.transaction ?? null };
  const all = (await models.Position.findAll({ attributes: ['id', 'parentId', 'unitId', 'titleEn'], ...options })).map((row) => row.get());
  const tree = indexTree<CorePosition>(all.map((row) => ({ id: String(row.id), parentId: row.parentId === null ? null : String(row.parentId), title: row.titleEn, unitId: String(row.unitId) })));
  const holders = await models.PersonPosition.findAll({ where: { positionId: { [Op.in]: rows.map((row) => row.id) } }, ...options });
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parentId,
    unitId: row.unitId,
    code: row.code,
    titleFa: row.titleFa,
    titleEn: row.titleEn,
    active: row.active,
    escalationPath: escalationPath(tree, String(row.id)).map((position) => Number(position.id)),
    holderPersonIds: holders.map((holder) => holder.get()).filter((holder) => holder.positionId === row.id).map((holder) => holder.personId).sort((a, b) => a - b),
  }));
}

async function check(write: AdminWrite, positionId: number | null, value: PositionInput): Promise<void> {
  throwIfProblems([
    ...(await treeProblemsAfter(write.tx, 'positions', { id: positionId, parentId: value.parentId })),
    ...(await missingReference(write.tx, 'org_units', value.unitId, 'unitId')),
    ...(await takenValue(write.tx, 'positions', 'code', value.code, positionId, 'code')),
  ]);
}

/**
 * Posts of the org chart: a tree whose parent links are the escalation path, so a cycle (which would
 * escalate forever) is refused, as is an unknown parent or unit.
 */
export const positionResource: AdminResource<PositionInput, Position> = {
  path: 'positions',
  entity: 'position',
  noun: 'position',
  input,
  references: [
    { table: 'positions', column: 'parent_id' },
    { table: 'person_positions', column: 'position_id' },
    { table: 'routing_rule_positions', column: 'position_id' },
    { table: 'contractor_supervisors', column: 'position_id' },
    { table: 'ticket_involvements', column: 'position_id' },
  ],
  async inUse(write, positionId) {
    const settings = await write.models.Setting.findAll({ where: { name: { [Op.in]: [...POSITION_SETTING_NAMES] } }, ...write.options });
    return settings.some((setting) => {
      const value = JSON.parse(setting.get().value) as unknown;
      const named = typeof value === 'object' && value !== null ? (value as { positionId?: unknown }).positionId : value;
      return Number(named) === positionId;
    });
  },
  async list(db) {
    const models = modelsOf(db);
    return toDtos(models, (await models.Position.findAll({ order: [['id', 'ASC']] })).map((row) => row.get()));
  },
  async read(models, positionId, tx) {
    const row = await models.Position.findByPk(positionId, { transaction: tx?.transaction ?? null });
    return row === null ? undefined : (await toDtos(models, [row.get()], tx))[0];
  },
  async create(write, value) {
    await check(write, null, value);
    return (await write.models.Position.create({ ...value, createdAt: write.now, updatedAt: write.now }, write.options)).get().id;
  },
  async update(write, positionId, value) {
    await check(write, positionId, value);
    await write.models.Position.update({ ...value, updatedAt: write.now }, { where: { id: positionId }, ...write.options });
  },
  async remove(write, positionId) {
    await write.models.Position.destroy({ where: { id: positionId }, ...write.options });
  },
};
