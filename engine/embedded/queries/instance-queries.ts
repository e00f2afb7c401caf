import type { SqlExecutor } from '../../../database/database.js';
import type { HistoryEvent, HistoryEventKind } from '../../history-event.js';
import type { Incident, IncidentQuery, IncidentType } from '../../incident.js';
import type { ProcessInstanceInfo } from '../../process-engine.js';
import { toIncidentRow, toInstanceRow, type DbRow } from '../state/row-mapping.js';

export async function getProcessInstance(sql: SqlExecutor, key: number): Promise<ProcessInstanceInfo | undefined> {
  const [row] = await sql.all<DbRow>('SELECT * FROM engine_process_instances WHERE id = ?', [key]);
  if (!row) return undefined;
  const instance = toInstanceRow(row);
  return {
    processInstanceKey: String(instance.key),
    processDefinitionKey: String(instance.definitionKey),
    bpmnProcessId: instance.bpmnProcessId,
    version: instance.version,
    businessKey: instance.businessKey,
    state: instance.state,
    startedAt: new Date(instance.startedAt),
    endedAt: instance.endedAt === undefined ? undefined : new Date(instance.endedAt),
    parentProcessInstanceKey: instance.parentInstanceKey === undefined ? undefined : String(instance.parentInstanceKey),
  };
}

export async function countActiveInstances(sql: SqlExecutor, bpmnProcessId: string): Promise<Array<{ version: number; processDefinitionKey: string; active: number }>> {
  const rows = await sql.all<DbRow>(
    `SELECT d.id AS definition_key, d.version AS version, COUNT(i.id) AS active
       FROM engine_definitions d LEFT JOIN engine_process_instances i ON i.definition_key = d.id AND i.state = 'ACTIVE'
      WHERE d.bpmn_process_id = ? GROUP BY d.id, d.version ORDER BY d.version`,
    [bpmnProcessId],
  );
  return rows.map((row) => ({ version: Number(row.version), processDefinitionKey: String(row.definition_key), active: Number(row.active) }));
}

export async function getHistory(sql: SqlExecutor, instanceKey: number): Promise<HistoryEvent[]> {
  const rows = await sql.all<DbRow>('SELECT * FROM engine_history WHERE instance_key = ? ORDER BY id', [instanceKey]);
  const text = (value: unknown) => (value === null || value === undefined ? undefined : String(value));
  return rows.map((row) => ({
    key: String(row.id),
    kind: String(row.kind) as HistoryEventKind,
    processInstanceKey: String(row.instance_key),
    elementInstanceKey: text(row.element_instance_key),
    elementId: text(row.element_id),
    elementType: text(row.element_type),
    at: new Date(Number(row.at)),
    actor: text(row.actor),
    variables: row.variables === null || row.variables === undefined ? undefined : (JSON.parse(String(row.variables)) as Record<string, unknown>),
    detail: text(row.detail),
  }));
}

export async function listIncidents(sql: SqlExecutor, query: IncidentQuery): Promise<Incident[]> {
  const params: unknown[] = [query.state ?? 'ACTIVE'];
  let where = 'state = ?';
  if (query.processInstanceKey !== undefined) {
    where += ' AND instance_key = ?';
    params.push(Number(query.processInstanceKey));
  }
  const rows = await sql.all<DbRow>(`SELECT * FROM engine_incidents WHERE ${where} ORDER BY id`, params);
  return rows.map(toIncidentRow).map((row) => ({
    key: String(row.key),
    type: row.type as IncidentType,
    message: row.message,
    processInstanceKey: String(row.instanceKey),
    bpmnProcessId: row.bpmnProcessId,
    elementId: row.elementId,
    elementInstanceKey: String(row.elementInstanceKey),
    jobKey: row.jobKey === undefined ? undefined : String(row.jobKey),
    state: row.state,
    createdAt: new Date(row.createdAt),
  }));
}
