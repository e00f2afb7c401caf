import { Op } from 'sequelize';
import type { Role } from '../../../../core/access/role.js';
import type { Database } from '../../../../database/database.js';
import { modelsOf } from '../../../../database/models/index.js';
import type { PrioritiesResponse } from '../../../contract/priorities.js';
import type { ApiRouter } from '../../http/api-router.js';

/** Who reads priorities outside the admin pages: those who register and handle requests. */
export const PRIORITY_READERS: readonly Role[] = ['operator', 'staff', 'supervisor', 'feedbackAgent', 'admin', 'auditor'];

export async function readPriorities(db: Database): Promise<PrioritiesResponse> {
  const models = modelsOf(db);
  const [priorities, categories] = await Promise.all([
    models.Priority.findAll({ where: { active: true }, order: [['rankOrder', 'ASC'], ['id', 'ASC']] }),
    models.Category.findAll({ where: { defaultPriorityCode: { [Op.ne]: null } }, attributes: ['id', 'defaultPriorityCode'], order: [['id', 'ASC']] }),
  ]);
  return {
    priorities: priorities.map((instance) => {
      const row = instance.get();
      return { code: row.code, nameFa: row.nameFa, nameEn: row.nameEn, color: row.color, rank: row.rankOrder, isDefault: row.isDefault };
    }),
    categoryDefaults: categories.map((instance) => ({ categoryId: instance.get().id, priorityCode: instance.get().defaultPriorityCode as string })),
  };
}

/** GET /api/priorities: the priorities and each category's default, for the operator console's priority field. Changing them stays with /api/admin. */
export function mountPriorityRead(routes: ApiRouter, db: Database): void {
  routes.route(
    { method: 'get', path: '/priorities', tag: 'catalogue', summary: 'The active priorities, most urgent first, and the categories’ default priorities, for registering requests', access: PRIORITY_READERS },
    () => readPriorities(db),
  );
}
