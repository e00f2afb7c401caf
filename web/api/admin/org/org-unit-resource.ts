import { z } from 'zod';
import { modelsOf } from '../../../../database/models/index.js';
import type { OrgUnitAttributes } from '../../../../database/models/org-unit.js';
import type { OrgUnit, OrgUnitInput } from '../../../contract/admin/org-unit.js';
import { active, name, optionalCode, optionalId } from '../admin-schemas.js';
import type { AdminResource, AdminWrite } from '../admin-resource.js';
import { takenValue } from '../checks/taken-value.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { treeProblemsAfter } from '../checks/tree-after-change.js';

const input = z.object({ parentId: optionalId, code: optionalCode, nameFa: name, nameEn: name, active }) satisfies z.ZodType<OrgUnitInput, unknown>;

function toDto(row: OrgUnitAttributes): OrgUnit {
  return { id: row.id, parentId: row.parentId, code: row.code, nameFa: row.nameFa, nameEn: row.nameEn, active: row.active };
}

async function check(write: AdminWrite, id: number | null, value: OrgUnitInput): Promise<void> {
  throwIfProblems([...(await treeProblemsAfter(write.tx, 'org_units', { id, parentId: value.parentId })), ...(await takenValue(write.tx, 'org_units', 'code', value.code, id, 'code'))]);
}

/** Departments and offices: a tree; a cycle or an unknown parent is refused. */
export const orgUnitResource: AdminResource<OrgUnitInput, OrgUnit> = {
  path: 'org-units',
  entity: 'orgUnit',
  noun: 'org unit',
  input,
  references: [
    { table: 'org_units', column: 'parent_id' },
    { table: 'positions', column: 'unit_id' },
    { table: 'people', column: 'unit_id' },
  ],
  async list(db) {
    return (await modelsOf(db).OrgUnit.findAll({ order: [['id', 'ASC']] })).map((row) => toDto(row.get()));
  },
  async read(models, id, tx) {
    const row = await models.OrgUnit.findByPk(id, { transaction: tx?.transaction ?? null });
    return row === null ? undefined : toDto(row.get());
  },
  async create(write, value) {
    await check(write, null, value);
    return (await write.models.OrgUnit.create({ ...value, createdAt: write.now, updatedAt: write.now }, write.options)).get().id;
  },
  async update(write, id, value) {
    await check(write, id, value);
    await write.models.OrgUnit.update({ ...value, updatedAt: write.now }, { where: { id }, ...write.options });
  },
  async remove(write, id) {
    await write.models.OrgUnit.destroy({ where: { id }, ...write.options });
  },
};
