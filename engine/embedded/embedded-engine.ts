import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import type { Database, Tx } from '../../database/database.js';
import { EngineNotFoundError, EngineRejectionError } from '../engine-errors.js';
import type { HistoryEvent } from '../history-event.js';
import type { Incident, IncidentQuery } from '../incident.js';
import type { JobBpmnError, JobFailure, JobWorker, JobWorkerOptions } from '../job-worker.js';
import type {
  CommandOptions,
  DeployedProcess,
  DeploymentResource,
  EngineHealth,
  ProcessDefinitionInfo,
  ProcessEngine,
  ProcessInstanceInfo,
  PublishMessage,
  StartOptions,
} from '../process-engine.js';
import type { UserTask, UserTaskQuery } from '../user-task.js';
import type { Variables } from '../variables.js';
import { deployResources } from './commands/deploy-command.js';
import { cancelInstance, setVariables } from './commands/instance-commands.js';
import { resolveIncident } from './commands/incident-commands.js';
import { completeJob, failJob, throwJobError } from './commands/job-commands.js';
import { publishMessage, startFromBufferedMessages } from './commands/message-commands.js';
import { fireDueTimer } from './commands/timer-commands.js';
import { assignUserTask, completeUserTask } from './commands/user-task-commands.js';
import { DefinitionStore } from './deployments/definition-store.js';
import { FeelEvaluator } from './feel/feel-evaluator.js';
import { JobDispatcher } from './jobs/job-dispatcher.js';
import { countActiveInstances, getHistory, getProcessInstance, listIncidents } from './queries/instance-queries.js';
import { getUserTask, listUserTasks, toUserTask } from './queries/user-task-queries.js';
import { IncidentError, Interpreter } from './runtime/interpreter.js';
import { CommandEffects } from './runtime/runtime-context.js';
import { visibleVariables } from './runtime/variable-scopes.js';
import { KeyGenerator } from './state/key-generator.js';
import { toJobRow, type DbRow } from './state/row-mapping.js';
import { limitClause } from './state/sql-batch.js';
import { UnitOfWork } from './state/unit-of-work.js';
import { TimerScheduler } from './timers/timer-scheduler.js';

export interface EmbeddedEngineOptions {
  readonly db: Database;
  readonly logger: Logger;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  readonly now?: () => number;
  /** Arm real timeouts for timers, job backoffs and polling (default). Tests driving a fake clock turn it off and call `runDueWork()`. */
  readonly realTime?: boolean;
  readonly jobPollIntervalMs?: number;
}

/** What the engine tells listeners after a command committed (used for live cartables and tests). */
export interface EngineEvents {
  userTaskCreated: [UserTask];
  userTaskEnded: [{ processInstanceKey: string; elementInstanceKey: string }];
  instanceEnded: [{ processInstanceKey: string; state: 'COMPLETED' | 'TERMINATED' }];
  incidentCreated: [{ incidentKey: string; processInstanceKey: string; type: string; message: string }];
}

const engineTables = ['engine_history', 'engine_process_instances', 'engine_definitions', 'engine_element_instances', 'engine_jobs', 'engine_timers', 'engine_messages', 'engine_incidents', 'engine_user_tasks', 'engine_message_subscriptions'];
const retryableCodes = new Set(['40P01', '40001']);

/**
 * The embedded engine: a Zeebe-semantics interpreter whose whole state is rows in the application
 * database. Each command (start, complete a job or user task, publish a message, fire a timer,
 * resolve an incident) runs in one transaction, optionally the caller's own.
 */
export class EmbeddedEngine implements ProcessEngine {
  readonly events = new EventEmitter<EngineEvents>();
  private readonly definitions: DefinitionStore;
  private readonly feel: FeelEvaluator;
  private readonly dispatcher: JobDispatcher;
  private readonly scheduler: TimerScheduler;
  private readonly now: () => number;
  private readonly pending = new Set<Promise<unknown>>();
  private maintenance: NodeJS.Timeout | undefined;
  private started = false;

  private constructor(
    private readonly options: EmbeddedEngineOptions,
    private readonly keys: KeyGenerator,
  ) {
    this.now = options.now ?? Date.now;
    this.definitions = new DefinitionStore(options.db);
    this.feel = new FeelEvaluator(() => new Date(this.now()));
    const realTime = options.realTime ?? true;
    this.dispatcher = new JobDispatcher(
      {
        completeJob: (key, variables, actor) => this.command({ actor }, (it) => completeJob(it, key, variables)),
        failJob: (key, failure, actor) => this.command({ actor }, (it) => failJob(it, key, failure)),
        throwJobError: (key, error, actor) => this.command({ actor }, (it) => throwJobError(it, key, error)),
        loadActivatable: (types, now, limit, exclude) => this.loadActivatable(types, now, limit, exclude),
      },
      { now: this.now, logger: options.logger.child({ component: 'job-dispatcher' }), realTime, pollIntervalMs: options.jobPollIntervalMs ?? 2_000 },
    );
    this.scheduler = new TimerScheduler({
      loadDue: async (upTo, limit) =>
        (await options.db.read.all<DbRow>(`SELECT id, due_at FROM engine_timers WHERE due_at <= ? ORDER BY due_at${limitClause(options.db.dialect, limit)}`, [upTo])).map((row) => ({ key: Number(row.id), dueAt: Number(row.due_at) })),
      fire: (key) => this.command({ actor: 'engine' }, (it) => fireDueTimer(it, key)),
      now: this.now,
      logger: options.logger.child({ component: 'timer-scheduler' }),
      realTime,
    });
  }

  static async create(options: EmbeddedEngineOptions): Promise<EmbeddedEngine> {
    const maxima = await Promise.all(engineTables.map((table) => options.db.read.all<DbRow>(`SELECT MAX(id) AS largest FROM ${table}`)));
    const largest = Math.max(0, ...maxima.map(([row]) => Number(row?.largest ?? 0)));
    return new EmbeddedEngine(options, new KeyGenerator(largest));
  }

  // ---------------------------------------------------------------- lifecycle

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.scheduler.start();
    this.dispatcher.start();
    if (this.options.realTime ?? true) {
      this.maintenance = setInterval(() => void this.removeExpiredMessages().catch((error: unknown) => this.options.logger.error({ err: error }, 'removing expired messages failed')), 60_000);
      this.maintenance.unref();
    }
  }

  async stop(): Promise<void> {
    this.started = false;
    this.scheduler.stop();
    if (this.maintenance) clearInterval(this.maintenance);
    await this.dispatcher.stop();
    await this.idle();
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.options.db.read.all('SELECT COUNT(*) AS n FROM engine_definitions');
      return { kind: 'embedded', state: this.started ? 'up' : 'down', ...(this.started ? {} : { detail: 'not started' }) };
    } catch (error) {
      return { kind: 'embedded', state: 'down', detail: (error as Error).message };
    }
  }

  /** Fires due timers and hands out due jobs now (for tests that move a fake clock). */
  async runDueWork(): Promise<void> {
    await this.scheduler.runDue();
    await this.dispatcher.poll();
    await this.idle();
  }

  /** Resolves once no command and no job handler is running. */
  async idle(): Promise<void> {
    for (;;) {
      await this.dispatcher.idle();
      if (this.pending.size === 0) return;
      await Promise.allSettled([...this.pending]);
    }
  }

  // ---------------------------------------------------------------- commands

  private command<T>(options: CommandOptions | undefined, work: (it: Interpreter) => Promise<T>): Promise<T> {
    const run = async (tx: Tx): Promise<T> => {
      const effects = new CommandEffects();
      const uow = new UnitOfWork(tx.sql);
      const it = new Interpreter({ uow, now: this.now(), keys: this.keys, feel: this.feel, models: this.definitions, actor: options?.actor, effects });
      const result = await work(it);
      await it.drain();
      // An instance started by a message that ended lets a buffered message with the same correlation key start the next one.
      for (let handled = 0, round = 0; handled < effects.ended.length && round < 10; round++) {
        const ended = effects.ended.slice(handled).map((entry) => entry.instanceKey);
        handled = effects.ended.length;
        await startFromBufferedMessages(it, this.definitions, ended);
        await it.drain();
      }
      it.snapshotJobVariables();
      await uow.flush();
      tx.afterCommit(() => this.applyEffects(effects));
      return result;
    };
    const promise = options?.tx ? run(options.tx) : this.withRetry(() => this.options.db.transaction(run));
    this.pending.add(promise);
    void promise.then(
      () => this.pending.delete(promise),
      () => this.pending.delete(promise),
    );
    return promise;
  }

  private async withRetry<T>(attempt: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (tries >= 5 || !code || !retryableCodes.has(code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 * tries));
      }
    }
  }

  private applyEffects(effects: CommandEffects): void {
    this.dispatcher.offer(effects.jobs.map(({ job, variables }) => ({ job, variables })));
    for (const timer of effects.timers) this.scheduler.add(timer);
    for (const task of effects.userTasksCreated) this.events.emit('userTaskCreated', toUserTask(task));
    for (const ended of effects.userTasksEnded) this.events.emit('userTaskEnded', { processInstanceKey: String(ended.instanceKey), elementInstanceKey: String(ended.elementInstanceKey) });
    for (const incident of effects.incidents) this.events.emit('incidentCreated', { incidentKey: String(incident.key), processInstanceKey: String(incident.instanceKey), type: incident.type, message: incident.message });
    for (const ended of effects.ended) this.events.emit('instanceEnded', { processInstanceKey: String(ended.instanceKey), state: ended.state });
  }

  async deploy(resources: readonly DeploymentResource[], options?: CommandOptions): Promise<DeployedProcess[]> {
    return this.command(options, (it) => deployResources(it, this.definitions, resources));
  }

  async startProcess(bpmnProcessId: string, variables: Variables, options?: StartOptions): Promise<ProcessInstanceInfo> {
    const key = await this.command(options, async (it) => {
      const deployed = options?.version === undefined ? await this.definitions.latest(bpmnProcessId, it.ctx.uow) : await this.definitions.version(bpmnProcessId, options.version, it.ctx.uow.sql);
      if (!deployed) throw new EngineNotFoundError('process', options?.version === undefined ? bpmnProcessId : `${bpmnProcessId} version ${options.version}`);
      try {
        return it.startInstance(deployed, variables, options?.businessKey ? { businessKey: options.businessKey } : {}).key;
      } catch (error) {
        if (error instanceof IncidentError) throw new EngineRejectionError('INVALID_ARGUMENT', error.message);
        throw error;
      }
    });
    const info = await getProcessInstance(options?.tx?.sql ?? this.options.db.read, key);
    return info!;
  }

  async cancelProcessInstance(processInstanceKey: string, options?: CommandOptions): Promise<void> {
    await this.command(options, (it) => cancelInstance(it, Number(processInstanceKey)));
  }

  async setVariables(scopeKey: string, variables: Variables, options?: CommandOptions & { readonly local?: boolean }): Promise<void> {
    await this.command(options, (it) => setVariables(it, Number(scopeKey), variables, options?.local ?? false));
  }

  async publishMessage(message: PublishMessage, options?: CommandOptions): Promise<{ readonly messageKey: string }> {
    const key = await this.command(options, (it) => publishMessage(it, this.definitions, message));
    return { messageKey: String(key) };
  }

  async assignUserTask(userTaskKey: string, assignee: string | undefined, options?: CommandOptions): Promise<void> {
    await this.command(options, (it) => assignUserTask(it, Number(userTaskKey), assignee));
  }

  async completeUserTask(userTaskKey: string, variables: Variables, options?: CommandOptions): Promise<void> {
    await this.command(options, (it) => completeUserTask(it, Number(userTaskKey), variables));
  }

  async resolveIncident(incidentKey: string, options?: CommandOptions & { readonly retries?: number }): Promise<void> {
    await this.command(options, (it) => resolveIncident(it, Number(incidentKey), options?.retries));
  }

  /** Job commands for the Zeebe-style external API and tests; in-process workers use them through the dispatcher. */
  completeJob(jobKey: string, variables: Variables = {}, options?: CommandOptions): Promise<void> {
    return this.command(options, (it) => completeJob(it, Number(jobKey), variables));
  }

  failJob(jobKey: string, failure: JobFailure, options?: CommandOptions): Promise<void> {
    return this.command(options, (it) => failJob(it, Number(jobKey), failure));
  }

  throwJobError(jobKey: string, error: JobBpmnError, options?: CommandOptions): Promise<void> {
    return this.command(options, (it) => throwJobError(it, Number(jobKey), error));
  }

  createWorker<V extends Variables, H extends Record<string, string>>(options: JobWorkerOptions<V, H>): JobWorker {
    return this.dispatcher.register(options);
  }

  // ---------------------------------------------------------------- queries

  listProcessDefinitions(bpmnProcessId?: string): Promise<ProcessDefinitionInfo[]> {
    return this.definitions.list(bpmnProcessId);
  }

  getProcessDefinitionXml(processDefinitionKey: string): Promise<string> {
    return this.definitions.xml(Number(processDefinitionKey));
  }

  getProcessInstance(processInstanceKey: string): Promise<ProcessInstanceInfo | undefined> {
    return getProcessInstance(this.options.db.read, Number(processInstanceKey));
  }

  countActiveInstances(bpmnProcessId: string) {
    return countActiveInstances(this.options.db.read, bpmnProcessId);
  }

  async getVariables(processInstanceKey: string, scopeKey?: string): Promise<Variables> {
    const uow = new UnitOfWork(this.options.db.read);
    const instance = await uow.load(Number(processInstanceKey), async (definitionKey) => (await this.definitions.byKey(definitionKey)).model);
    if (!instance) throw new EngineNotFoundError('process instance', processInstanceKey);
    if (instance.row.state === 'ACTIVE') {
      const scope = scopeKey === undefined ? instance.key : Number(scopeKey);
      if (!instance.elements.has(scope)) throw new EngineNotFoundError('variable scope', String(scope));
      return visibleVariables(instance, scope);
    }
    const history = await getHistory(this.options.db.read, instance.key);
    const last = history.reverse().find((event) => event.elementInstanceKey === String(instance.key) && (event.kind === 'ELEMENT_COMPLETED' || event.kind === 'ELEMENT_TERMINATED'));
    return last?.variables ?? {};
  }

  getHistory(processInstanceKey: string): Promise<HistoryEvent[]> {
    return getHistory(this.options.db.read, Number(processInstanceKey));
  }

  listUserTasks(query: UserTaskQuery): Promise<UserTask[]> {
    return listUserTasks(this.options.db.read, query);
  }

  getUserTask(userTaskKey: string): Promise<UserTask | undefined> {
    return getUserTask(this.options.db.read, Number(userTaskKey));
  }

  listIncidents(query: IncidentQuery = {}): Promise<Incident[]> {
    return listIncidents(this.options.db.read, query);
  }

  private async loadActivatable(types: readonly string[], now: number, limit: number, exclude: ReadonlySet<number>): Promise<Array<{ job: ReturnType<typeof toJobRow>; variables: Variables }>> {
    const db = this.options.db;
    const rows = await db.read.all<DbRow>(
      `SELECT * FROM engine_jobs WHERE state = 'ACTIVATABLE' AND type IN (${types.map(() => '?').join(', ')}) AND due_at <= ? ORDER BY due_at${limitClause(db.dialect, limit + exclude.size)}`,
      [...types, now],
    );
    const jobs = rows.map(toJobRow).filter((job) => !exclude.has(job.key)).slice(0, limit);
    const result: Array<{ job: ReturnType<typeof toJobRow>; variables: Variables }> = [];
    for (const job of jobs) {
      const uow = new UnitOfWork(db.read);
      const instance = await uow.load(job.instanceKey, async (definitionKey) => (await this.definitions.byKey(definitionKey)).model);
      if (!instance?.elements.has(job.elementInstanceKey)) continue;
      result.push({ job, variables: visibleVariables(instance, job.elementInstanceKey) });
    }
    return result;
  }

  private async removeExpiredMessages(): Promise<void> {
    const now = this.now();
    await this.options.db.transaction((tx) =>
      tx.sql.exec(
        `DELETE FROM engine_message_correlations WHERE message_key IN (SELECT id FROM engine_messages WHERE expires_at <= ${now});\nDELETE FROM engine_messages WHERE expires_at <= ${now}`,
      ),
    );
  }
}
