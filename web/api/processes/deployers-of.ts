import { Op } from 'sequelize';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import type { ProcessDeployer } from '../../contract/processes.js';

/** Who deployed each of these definitions from the designer, by definition key; absent when unknown. */
export async function deployersOf(db: Database, processDefinitionKeys: readonly string[]): Promise<ReadonlyMap<string, ProcessDeployer>> {
  if (processDefinitionKeys.length === 0) return new Map();
  const { ProcessDeployment, User } = modelsOf(db);
  const deployments = (await ProcessDeployment.findAll({ where: { processDefinitionKey: { [Op.in]: [...processDefinitionKeys] } } })).map((row) => row.get());
  const userIds = [...new Set(deployments.map((row) => row.deployedByUserId).filter((id): id is number => id !== null))];
  const users = new Map((await User.findAll({ where: { id: { [Op.in]: userIds } } })).map((row) => [row.get().id, row.get().displayName]));
  const found = new Map<string, ProcessDeployer>();
  for (const row of deployments) {
    if (row.deployedByUserId === null) continue;
    found.set(row.processDefinitionKey, { userId: row.deployedByUserId, displayName: users.get(row.deployedByUserId) ?? `#${row.deployedByUserId}` });
  }
  return found;
}
