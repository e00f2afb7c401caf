import type { UserTaskQuery } from '../user-task.js';
import type { RestClient } from './camunda-clients.js';
import type { RestUserTask } from './rest-types.js';
import { restKey } from './rest-key.js';
import { readNow } from './search-all.js';
import { zeebeUserTaskStates } from './user-task-state.js';

const defaultLimit = 100;

type Filter = NonNullable<Parameters<RestClient['searchUserTasks']>[0]['filter']>;

function baseFilter(query: UserTaskQuery): Filter {
  return {
    state: { $in: zeebeUserTaskStates(query.state ?? 'CREATED') },
    ...(query.assignee !== undefined ? { assignee: query.assignee } : {}),
    ...(query.processInstanceKey !== undefined ? { processInstanceKey: restKey(query.processInstanceKey) } : {}),
    ...(query.bpmnProcessId !== undefined ? { processDefinitionId: restKey(query.bpmnProcessId) } : {}),
    ...(query.elementId !== undefined ? { elementId: restKey(query.elementId) } : {}),
  };
}

function creationTime(task: RestUserTask): number {
  return task.creationDate ? Date.parse(task.creationDate) : 0;
}

/**
 * Open (or completed, canceled) Camunda user tasks, oldest first. Tasks offered to the candidate
 * groups or to the candidate user (a cartable asks for both) are one list: the REST filter can
 * only require both, so the two searches are merged here.
 */
export async function listUserTasks(rest: RestClient, query: UserTaskQuery): Promise<RestUserTask[]> {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? defaultLimit;
  const sort = [{ field: 'creationDate' as const, order: 'ASC' as const }];
  const search = (filter: Filter, page: { from: number; limit: number }) => rest.searchUserTasks({ filter, page, sort }, readNow);
  const groups = query.candidateGroups ?? [];
  const offeredTo: Filter[] = [];
  if (groups.length > 0) offeredTo.push({ ...baseFilter(query), candidateGroup: { $in: [...groups] } });
  if (query.candidateUser !== undefined) offeredTo.push({ ...baseFilter(query), candidateUser: query.candidateUser });
  if (offeredTo.length === 0) return (await search(baseFilter(query), { from: offset, limit })).items;
  if (offeredTo.length === 1) return (await search(offeredTo[0] as Filter, { from: offset, limit })).items;

  const results = await Promise.all(offeredTo.map((filter) => search(filter, { from: 0, limit: offset + limit })));
  const byKey = new Map<string, RestUserTask>();
  for (const task of results.flatMap((result) => result.items)) byKey.set(String(task.userTaskKey), task);
  return [...byKey.values()].sort((a, b) => creationTime(a) - creationTime(b)).slice(offset, offset + limit);
}
