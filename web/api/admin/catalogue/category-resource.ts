import { z } from 'zod';
import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import { normalizeForSearch } from '../../../../core/text/normalize-for-search.js';
import { REQUEST_TYPES, type RequestType } from '../../../../core/tickets/request-type.js';
import { ancestorsOf } from '../../../../core/tree/ancestors-of.js';
import { subtreeOf } from '../../../../core/tree/subtree.js';
import { indexTree } from '../../../../core/tree/tree-node.js';
import type { CategoryAttributes } from '../../../../database/models/category.js';
import { modelsOf } from '../../../../database/models/index.js';
import type { Category, CategoryInput } from '../../../contract/admin/category.js';
import { active, name, optionalCode, optionalId } from '../admin-schemas.js';
import type { AdminResource, AdminWrite } from '../admin-resource.js';
import { takenValue } from '../checks/taken-value.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { NEW_NODE_ID, treeAfterChange, treeProblemsAfter } from '../checks/tree-after-change.js';

/** System › subsystem › subject. */
export const MAX_CATEGORY_LEVELS = 3;

const input = z.object({
  parentId: optionalId,
  code: optionalCode,
  nameFa: name,
  nameEn: name,
  requestType: z.enum(REQUEST_TYPES),
  requestTypes: z.array(z.enum(REQUEST_TYPES)).max(REQUEST_TYPES.length).default([]),
  defaultPriorityCode: z.string().trim().min(1).max(32).nullable().default(null),
  handlingMinutes: z.number().int().positive().max(525_600).nullable().default(null),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
  active,
}) satisfies z.ZodType<CategoryInput, unknown>;

function parseRequestTypes(stored: string | null): RequestType[] {
  if (stored === null || stored === '') return [];
  const parsed: unknown = JSON.parse(stored);
  return Array.isArray(parsed) ? parsed.filter((type): type is RequestType => (REQUEST_TYPES as readonly unknown[]).includes(type)) : [];
}

function toDto(row: CategoryAttributes, level: number): Category {
  return {
    id: row.id,
    parentId: row.parentId,
    code: row.code,
    nameFa: row.nameFa,
    nameEn: row.nameEn,
    requestType: row.requestType as RequestType,
    requestTypes: parseRequestTypes(row.requestTypes),
    defaultPriorityCode: row.defaultPriorityCode,
    handlingMinutes: row.handlingMinutes,
    sortOrder: row.sortOrder,
    active: row.active,
    level,
  };
}

function levels(rows: readonly CategoryAttributes[]): Map<number, number> {
  const tree = indexTree(rows.map((row) => ({ id: String(row.id), parentId: row.parentId === null ? null : String(row.parentId) })));
  return new Map(rows.map((row) => [row.id, ancestorsOf(tree, String(row.id)).length + 1]));
}

/** The tree checks, the three-level limit (counting the subtree a move carries along), references and uniqueness. */
async function check(write: AdminWrite, categoryId: number | null, value: CategoryInput): Promise<void> {
  const problems: FieldProblem[] = [...(await treeProblemsAfter(write.tx, 'categories', { id: categoryId, parentId: value.parentId }))];
  if (problems.length === 0) {
    const tree = indexTree(await treeAfterChange(write.tx, 'categories', { id: categoryId, parentId: value.parentId }));
    const changedId = categoryId === null ? NEW_NODE_ID : String(categoryId);
    const level = ancestorsOf(tree, changedId).length + 1;
    const deepestBelow = Math.max(...subtreeOf(tree, changedId).map((node) => ancestorsOf(tree, node.id).length + 1));
    if (deepestBelow > MAX_CATEGORY_LEVELS || level > MAX_CATEGORY_LEVELS) problems.push({ field: 'parentId', messageKey: 'category.tooDeep', params: { max: MAX_CATEGORY_LEVELS } });
  }
  if (value.defaultPriorityCode !== null) {
    const found = await write.models.Priority.count({ where: { code: value.defaultPriorityCode }, ...write.options });
    if (found === 0) problems.push({ field: 'defaultPriorityCode', messageKey: 'input.notFound', params: { id: value.defaultPriorityCode } });
  }
  problems.push(...(await takenValue(write.tx, 'categories', 'code', value.code, categoryId, 'code')));
  throwIfProblems(problems);
}

function columns(value: CategoryInput) {
  return { ...value, requestTypes: JSON.stringify([...new Set(value.requestTypes)]), searchText: normalizeForSearch(`${value.nameFa} ${value.nameEn}`) };
}

/** The request catalogue: three levels, each with a request type, a default priority and a standard handling time. */
export const categoryResource: AdminResource<CategoryInput, Category> = {
  path: 'categories',
  entity: 'category',
  noun: 'category',
  input,
  references: [
    { table: 'categories', column: 'parent_id' },
    { table: 'routing_rules', column: 'category_id' },
    { table: 'sla_targets', column: 'category_id' },
    { table: 'tickets', column: 'category_id' },
  ],
  async list(db) {
    const rows = (await modelsOf(db).Category.findAll({ order: [['sortOrder', 'ASC'], ['id', 'ASC']] })).map((row) => row.get());
    const levelOf = levels(rows);
    return rows.map((row) => toDto(row, levelOf.get(row.id) ?? 1));
  },
  async read(models, categoryId, tx) {
    const rows = (await models.Category.findAll({ transaction: tx?.transaction ?? null })).map((row) => row.get());
    const row = rows.find((candidate) => candidate.id === categoryId);
    return row === undefined ? undefined : toDto(row, levels(rows).get(row.id) ?? 1);
  },
  async create(write, value) {
    await check(write, null, value);
    return (await write.models.Category.create({ ...columns(value), createdAt: write.now, updatedAt: write.now }, write.options)).get().id;
  },
  async update(write, categoryId, value) {
    await check(write, categoryId, value);
    await write.models.Category.update({ ...columns(value), updatedAt: write.now }, { where: { id: categoryId }, ...write.options });
  },
  async remove(write, categoryId) {
    await write.models.Category.destroy({ where: { id: categoryId }, ...write.options });
  },
};
