import type { SqlExecutor } from '../../../database/database.js';
import type { ProcessModel } from '../model/process-model.js';
import { InstanceState } from './instance-state.js';
import { PendingRows } from './pending-rows.js';
import { toElementInstance, toInstanceRow, type DbRow } from './row-mapping.js';
import type { HistoryRow, IncidentRow, JobRow, MessageRow, ProcessInstanceRow, SubscriptionRow, TimerRow, UserTaskRow } from './rows.js';
import { SqlBatch } from './sql-batch.js';

interface Tracked {
  readonly state: InstanceState;
  readonly isNew: boolean;
  /** Element instances as stored: key → JSON of state and data. */
  readonly storedElements: Map<number, string>;
  /** Variables as stored: `scope|name` → JSON value. */
  readonly storedVariables: Map<string, string>;
  readonly storedRow: string;
}

const elementSnapshot = (state: string, data: unknown) => `${state}|${JSON.stringify(data)}`;
const rowSnapshot = (row: ProcessInstanceRow) => `${row.state}|${row.endedAt ?? ''}`;

/**
 * Everything one command reads and changes, flushed as one batch of statements at the end. Element
 * instances and variables are diffed against what was loaded; other rows are recorded as created or
 * removed.
 */
export class UnitOfWork {
  private readonly instances = new Map<number, Tracked>();
  readonly jobs = new PendingRows<JobRow>((row) => row.elementInstanceKey);
  readonly timers = new PendingRows<TimerRow>((row) => row.elementInstanceKey, (row) => row.elementId);
  readonly subscriptions = new PendingRows<SubscriptionRow>((row) => row.elementInstanceKey, (row) => row.elementId);
  readonly userTasks = new PendingRows<UserTaskRow>((row) => row.elementInstanceKey);
  readonly incidents = new PendingRows<IncidentRow>((row) => row.elementInstanceKey);
  readonly messages = new PendingRows<MessageRow>(() => undefined);
  readonly history: HistoryRow[] = [];
  readonly correlations: Array<{ messageKey: number; bpmnProcessId: string; instanceKey: number }> = [];
  readonly startLocks = { added: [] as Array<{ bpmnProcessId: string; correlationKey: string; instanceKey: number }>, removed: [] as number[] };
  /** Owners whose active incidents are resolved because the element ended. */
  readonly resolvedIncidentOwners = new Map<number, number>();
  readonly userTaskAssignments = new Map<number, string | undefined>();

  constructor(readonly sql: SqlExecutor) {}

  loaded(instanceKey: number): InstanceState | undefined {
    return this.instances.get(instanceKey)?.state;
  }

  loadedInstances(): InstanceState[] {
    return [...this.instances.values()].map((tracked) => tracked.state);
  }

  /** Whether an element instance exists in the database (it was loaded, not created by this command). */
  isStored(instanceKey: number, elementKey: number): boolean {
    return this.instances.get(instanceKey)?.storedElements.has(elementKey) ?? false;
  }

  addNew(row: ProcessInstanceRow, model: ProcessModel): InstanceState {
    const state = new InstanceState(row, model);
    this.instances.set(row.key, { state, isNew: true, storedElements: new Map(), storedVariables: new Map(), storedRow: '' });
    return state;
  }

  /** Loads an instance with its element instances and variables; on PostgreSQL and SQL Server the instance row is locked. */
  async load(instanceKey: number, modelOf: (definitionKey: number) => Promise<ProcessModel>): Promise<InstanceState | undefined> {
    const known = this.instances.get(instanceKey);
    if (known) return known.state;
    const dialect = this.sql.dialect;
    const lock = dialect === 'postgres' ? ' FOR UPDATE' : '';
    const hint = dialect === 'mssql' ? ' WITH (UPDLOCK, ROWLOCK)' : '';
    const [row] = await this.sql.all<DbRow>(`SELECT * FROM engine_process_instances${hint} WHERE id = ?${lock}`, [instanceKey]);
    if (!row) return undefined;
    const instanceRow = toInstanceRow(row);
    const model = await modelOf(instanceRow.definitionKey);
    const state = new InstanceState(instanceRow, model);
    const storedElements = new Map<number, string>();
    const storedVariables = new Map<string, string>();
    if (instanceRow.state === 'ACTIVE') {
      const [elements, variables] = await Promise.all([
        this.sql.all<DbRow>('SELECT * FROM engine_element_instances WHERE instance_key = ?', [instanceKey]),
        this.sql.all<DbRow>('SELECT scope_key, name, value FROM engine_variables WHERE instance_key = ?', [instanceKey]),
      ]);
      for (const elementRow of elements) {
        const element = toElementInstance(elementRow);
        state.addElement(element);
        storedElements.set(element.key, elementSnapshot(element.state, element.data));
      }
      for (const variable of variables) {
        const scope = Number(variable.scope_key);
        const name = String(variable.name);
        const text = String(variable.value);
        let scopeVariables = state.variables.get(scope);
        if (!scopeVariables) state.variables.set(scope, (scopeVariables = new Map()));
        scopeVariables.set(name, JSON.parse(text));
        storedVariables.set(`${scope}|${name}`, text);
      }
    }
    this.instances.set(instanceKey, { state, isNew: false, storedElements, storedVariables, storedRow: rowSnapshot(instanceRow) });
    return state;
  }

  /** Writes every change as one batch of statements. */
  async flush(): Promise<void> {
    const batch = new SqlBatch(this.sql.dialect);
    this.writeInstances(batch);
    this.writeJobs(batch);
    this.writeTimers(batch);
    this.writeSubscriptions(batch);
    this.writeUserTasks(batch);
    this.writeIncidents(batch);
    this.writeMessages(batch);
    if (this.history.length > 0) {
      batch.insert(
        'engine_history',
        ['id', 'instance_key', 'kind', 'element_instance_key', 'element_id', 'element_type', 'at', 'actor', 'variables', 'detail'],
        this.history.map((h) => [h.key, h.instanceKey, h.kind, h.elementInstanceKey, h.elementId, h.elementType, h.at, h.actor, h.variables === undefined ? null : JSON.stringify(h.variables), h.detail]),
      );
    }
    await batch.run(this.sql);
  }

  private writeInstances(batch: SqlBatch): void {
    const newRows: unknown[][] = [];
    const elementInserts: unknown[][] = [];
    const elementDeletes: number[] = [];
    const variableInserts: unknown[][] = [];
    const variableDeletes: Array<[number, string]> = [];
    const scopeDeletes: number[] = [];
    for (const { state, isNew, storedElements, storedVariables, storedRow } of this.instances.values()) {
      const row = state.row;
      if (isNew) {
        newRows.push([row.key, row.definitionKey, row.bpmnProcessId, row.version, row.businessKey, row.state, row.parentInstanceKey, row.parentElementInstanceKey, row.startedAt, row.endedAt]);
      } else if (rowSnapshot(row) !== storedRow) {
        batch.add('UPDATE engine_process_instances SET state = ?, ended_at = ? WHERE id = ?', [row.state, row.endedAt, row.key]);
      }
      for (const element of state.elements.values()) {
        const snapshot = elementSnapshot(element.state, element.data);
        const stored = storedElements.get(element.key);
        if (stored === undefined) {
          elementInserts.push([element.key, element.instanceKey, element.elementId, element.elementType, element.flowScopeKey, element.state, JSON.stringify(element.data), element.activatedAt]);
        } else if (stored !== snapshot) {
          batch.add('UPDATE engine_element_instances SET state = ?, data = ? WHERE id = ?', [element.state, JSON.stringify(element.data), element.key]);
        }
      }
      for (const key of storedElements.keys()) if (!state.elements.has(key)) elementDeletes.push(key);

      const removedScopes = new Set<number>();
      for (const id of storedVariables.keys()) {
        const scope = Number(id.slice(0, id.indexOf('|')));
        if (!state.variables.has(scope)) removedScopes.add(scope);
      }
      scopeDeletes.push(...removedScopes);
      for (const [scope, variables] of state.variables) {
        for (const [name, value] of variables) {
          const text = JSON.stringify(value ?? null);
          const stored = storedVariables.get(`${scope}|${name}`);
          if (stored === undefined) variableInserts.push([scope, name, state.key, text]);
          else if (stored !== text) batch.add('UPDATE engine_variables SET value = ? WHERE scope_key = ? AND name = ?', [text, scope, name]);
        }
      }
      for (const id of storedVariables.keys()) {
        const separator = id.indexOf('|');
        const scope = Number(id.slice(0, separator));
        const name = id.slice(separator + 1);
        if (!removedScopes.has(scope) && !state.variables.get(scope)?.has(name)) variableDeletes.push([scope, name]);
      }
    }
    if (newRows.length > 0) {
      batch.insert('engine_process_instances', ['id', 'definition_key', 'bpmn_process_id', 'version', 'business_key', 'state', 'parent_instance_key', 'parent_element_instance_key', 'started_at', 'ended_at'], newRows);
    }
    batch.deleteWhereIn('engine_element_instances', 'id', elementDeletes);
    batch.deleteWhereIn('engine_variables', 'scope_key', scopeDeletes);
    for (const [scope, name] of variableDeletes) batch.add('DELETE FROM engine_variables WHERE scope_key = ? AND name = ?', [scope, name]);
    batch.insert('engine_element_instances', ['id', 'instance_key', 'element_id', 'element_type', 'flow_scope_key', 'state', 'data', 'activated_at'], elementInserts);
    batch.insert('engine_variables', ['scope_key', 'name', 'instance_key', 'value'], variableInserts);
  }

  private writeJobs(batch: SqlBatch): void {
    const jobs = this.jobs;
    batch.deleteWhereIn('engine_jobs', 'id', jobs.deletedKeys);
    batch.deleteWhereIn('engine_jobs', 'element_instance_key', jobs.deletedOwners);
    for (const job of jobs.updated.values()) {
      batch.add('UPDATE engine_jobs SET retries = ?, state = ?, due_at = ?, error_message = ? WHERE id = ?', [job.retries, job.state, job.dueAt, job.errorMessage, job.key]);
    }
    batch.insert(
      'engine_jobs',
      ['id', 'type', 'instance_key', 'element_instance_key', 'element_id', 'bpmn_process_id', 'definition_key', 'retries', 'state', 'headers', 'due_at', 'activation', 'error_message', 'created_at'],
      [...jobs.created.values()].map((j) => [j.key, j.type, j.instanceKey, j.elementInstanceKey, j.elementId, j.bpmnProcessId, j.definitionKey, j.retries, j.state, JSON.stringify(j.headers), j.dueAt, 0, j.errorMessage, j.createdAt]),
    );
  }

  private writeTimers(batch: SqlBatch): void {
    const timers = this.timers;
    batch.deleteWhereIn('engine_timers', 'id', timers.deletedKeys);
    batch.deleteWhereIn('engine_timers', 'element_instance_key', timers.deletedOwners);
    for (const { owner, elementIds } of timers.deletedOwnerElements) {
      for (const elementId of elementIds) batch.add('DELETE FROM engine_timers WHERE element_instance_key = ? AND element_id = ?', [owner, elementId]);
    }
    for (const timer of timers.updated.values()) {
      batch.add('UPDATE engine_timers SET due_at = ?, repetitions = ? WHERE id = ?', [timer.dueAt, timer.repetitions, timer.key]);
    }
    batch.insert(
      'engine_timers',
      ['id', 'instance_key', 'element_instance_key', 'element_id', 'definition_key', 'due_at', 'repetitions', 'cycle', 'created_at'],
      [...timers.created.values()].map((t) => [t.key, t.instanceKey, t.elementInstanceKey, t.elementId, t.definitionKey, t.dueAt, t.repetitions, t.cycle ? JSON.stringify(t.cycle) : null, t.dueAt]),
    );
  }

  private writeSubscriptions(batch: SqlBatch): void {
    const subscriptions = this.subscriptions;
    batch.deleteWhereIn('engine_message_subscriptions', 'id', subscriptions.deletedKeys);
    batch.deleteWhereIn('engine_message_subscriptions', 'element_instance_key', subscriptions.deletedOwners);
    for (const { owner, elementIds } of subscriptions.deletedOwnerElements) {
      for (const elementId of elementIds) batch.add('DELETE FROM engine_message_subscriptions WHERE element_instance_key = ? AND element_id = ?', [owner, elementId]);
    }
    batch.insert(
      'engine_message_subscriptions',
      ['id', 'message_name', 'correlation_key', 'instance_key', 'element_instance_key', 'element_id', 'definition_key', 'bpmn_process_id', 'interrupting', 'opened_at'],
      [...subscriptions.created.values()].map((s) => [s.key, s.messageName, s.correlationKey, s.instanceKey, s.elementInstanceKey, s.elementId, s.definitionKey, s.bpmnProcessId, s.interrupting, s.openedAt]),
    );
  }

  private writeUserTasks(batch: SqlBatch): void {
    const tasks = this.userTasks;
    batch.deleteWhereIn('engine_user_task_candidates', 'task_key', tasks.deletedKeys);
    batch.deleteWhere('engine_user_task_candidates', 'task_key IN (SELECT id FROM engine_user_tasks WHERE element_instance_key = ?)', tasks.deletedOwners);
    batch.deleteWhereIn('engine_user_tasks', 'id', tasks.deletedKeys);
    batch.deleteWhereIn('engine_user_tasks', 'element_instance_key', tasks.deletedOwners);
    for (const [key, assignee] of this.userTaskAssignments) {
      if (!tasks.created.has(key)) batch.add('UPDATE engine_user_tasks SET assignee = ? WHERE id = ?', [assignee, key]);
    }
    const created = [...tasks.created.values()];
    batch.insert(
      'engine_user_tasks',
      ['id', 'instance_key', 'element_instance_key', 'element_id', 'bpmn_process_id', 'definition_key', 'name', 'assignee', 'candidate_groups', 'candidate_users', 'due_date', 'follow_up_date', 'form_key', 'priority', 'headers', 'created_at'],
      created.map((t) => [t.key, t.instanceKey, t.elementInstanceKey, t.elementId, t.bpmnProcessId, t.definitionKey, t.name, t.assignee, JSON.stringify(t.candidateGroups), JSON.stringify(t.candidateUsers), t.dueDate, t.followUpDate, t.formKey, t.priority, JSON.stringify(t.headers), t.createdAt]),
    );
    const candidates = created.flatMap((t) => [...new Set(t.candidateGroups)].map((group) => [t.key, 'g', group]).concat([...new Set(t.candidateUsers)].map((user) => [t.key, 'u', user])));
    batch.insert('engine_user_task_candidates', ['task_key', 'kind', 'candidate'], candidates);
  }

  private writeIncidents(batch: SqlBatch): void {
    const incidents = this.incidents;
    for (const incident of incidents.updated.values()) {
      batch.add('UPDATE engine_incidents SET state = ?, resolved_at = ? WHERE id = ?', [incident.state, incident.resolvedAt, incident.key]);
    }
    for (const [owner, at] of this.resolvedIncidentOwners) {
      batch.add("UPDATE engine_incidents SET state = 'RESOLVED', resolved_at = ? WHERE element_instance_key = ? AND state = 'ACTIVE'", [at, owner]);
    }
    batch.insert(
      'engine_incidents',
      ['id', 'instance_key', 'element_instance_key', 'element_id', 'bpmn_process_id', 'job_key', 'type', 'message', 'state', 'created_at', 'resolved_at'],
      [...incidents.created.values()].map((i) => [i.key, i.instanceKey, i.elementInstanceKey, i.elementId, i.bpmnProcessId, i.jobKey, i.type, i.message, i.state, i.createdAt, i.resolvedAt]),
    );
  }

  private writeMessages(batch: SqlBatch): void {
    batch.deleteWhereIn('engine_message_correlations', 'message_key', this.messages.deletedKeys);
    batch.deleteWhereIn('engine_messages', 'id', this.messages.deletedKeys);
    batch.insert(
      'engine_messages',
      ['id', 'name', 'correlation_key', 'message_id', 'variables', 'expires_at', 'published_at'],
      [...this.messages.created.values()].map((m) => [m.key, m.name, m.correlationKey, m.messageId, JSON.stringify(m.variables), m.expiresAt, m.publishedAt]),
    );
    batch.insert('engine_message_correlations', ['message_key', 'bpmn_process_id', 'instance_key'], this.correlations.map((c) => [c.messageKey, c.bpmnProcessId, c.instanceKey]));
    batch.deleteWhereIn('engine_message_start_locks', 'instance_key', this.startLocks.removed);
    const ended = new Set(this.startLocks.removed);
    const locks = this.startLocks.added.filter((lock) => !ended.has(lock.instanceKey));
    batch.insert('engine_message_start_locks', ['bpmn_process_id', 'correlation_key', 'instance_key'], locks.map((l) => [l.bpmnProcessId, l.correlationKey, l.instanceKey]));
  }
}
