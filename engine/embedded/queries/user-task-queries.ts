import type { SqlExecutor } from '../../../database/database.js';
import type { UserTask, UserTaskQuery } from '../../user-task.js';
import { toUserTaskRow, type DbRow } from '../state/row-mapping.js';
import type { UserTaskRow } from '../state/rows.js';
import { limitClause } from '../state/sql-batch.js';

export function toUserTask(row: UserTaskRow): UserTask {
  return {
    key: String(row.key),
    processInstanceKey: String(row.instanceKey),
    processDefinitionKey: String(row.definitionKey),
    bpmnProcessId: row.bpmnProcessId,
    elementId: row.elementId,
    elementInstanceKey: String(row.elementInstanceKey),
    name: row.name,
    assignee: row.assignee,
    candidateGroups: row.candidateGroups,
    candidateUsers: row.candidateUsers,
    dueDate: row.dueDate,
    followUpDate: row.followUpDate,
    formKey: row.formKey,
    priority: row.priority,
    customHeaders: row.headers,
    state: 'CREATED',
    createdAt: new Date(row.createdAt),
  };
}

/** Open user tasks matching the query; candidate groups and the candidate user are alternatives (a cartable). */
export async function listUserTasks(sql: SqlExecutor, query: UserTaskQuery): Promise<UserTask[]> {
  if (query.state && query.state !== 'CREATED') return [];
  const conditions: string[] = [];
  const params: unknown[] = [];
  const offered: string[] = [];
  if (query.candidateGroups && query.candidateGroups.length > 0) {
    offered.push(`t.id IN (SELECT task_key FROM engine_user_task_candidates WHERE kind = 'g' AND candidate IN (${query.candidateGroups.map(() => '?').join(', ')}))`);
    params.push(...query.candidateGroups);
  }
  if (query.candidateUser) {
    offered.push(`t.id IN (SELECT task_key FROM engine_user_task_candidates WHERE kind = 'u' AND candidate = ?)`);
    params.push(query.candidateUser);
  }
  if (offered.length > 0) conditions.push(`(${offered.join(' OR ')})`);
  const equal = (column: string, value: unknown) => {
    if (value === undefined) return;
    conditions.push(`t.${column} = ?`);
    params.push(value);
  };
  equal('assignee', query.assignee);
  equal('instance_key', query.processInstanceKey === undefined ? undefined : Number(query.processInstanceKey));
  equal('bpmn_process_id', query.bpmnProcessId);
  equal('element_id', query.elementId);
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  const limit = Math.min(Math.max(query.limit ?? 1000, 1), 10_000);
  const offset = Math.max(query.offset ?? 0, 0);
  const paging = sql.dialect === 'mssql' ? ` OFFSET ${offset} ROWS FETCH NEXT ${limit} ROWS ONLY` : `${limitClause(sql.dialect, limit)} OFFSET ${offset}`;
  const rows = await sql.all<DbRow>(`SELECT t.* FROM engine_user_tasks t${where} ORDER BY t.priority DESC, t.id${paging}`, params);
  return rows.map(toUserTaskRow).map(toUserTask);
}

export async function getUserTask(sql: SqlExecutor, key: number): Promise<UserTask | undefined> {
  const [row] = await sql.all<DbRow>('SELECT * FROM engine_user_tasks WHERE id = ?', [key]);
  return row ? toUserTask(toUserTaskRow(row)) : undefined;
}
