import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Database } from '../../database/database.js';
import { DeploymentRejectedError, EngineNotFoundError, EngineRejectionError } from '../engine-errors.js';
import type { HistoryEvent } from '../history-event.js';
import type { Incident, IncidentQuery } from '../incident.js';
import type { JobWorker, JobWorkerOptions } from '../job-worker.js';
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
import { buildHistory } from './build-history.js';
import { createCamundaClients, type CamundaClients } from './camunda-clients.js';
import { CommandOutbox } from './command-outbox.js';
import { DeploymentTimes } from './deployment-times.js';
import type { CommandResult, EngineCommand } from './engine-command.js';
import { toIncident } from './incident-mapping.js';
import { InstanceRegistry } from './instance-registry.js';
import { OutboxRelay } from './outbox-relay.js';
import { readVariables } from './read-variables.js';
import { restKey } from './rest-key.js';
import { readNow, searchAll } from './search-all.js';
import { toEngineError } from './to-engine-error.js';
import { toProcessInstanceInfo } from './to-process-instance-info.js';
import { toUserTask } from './to-user-task.js';
import { listUserTasks } from './list-user-tasks.js';
import { zeebeHealth } from './zeebe-health.js';
import { ZeebeCommandSender } from './zeebe-command-sender.js';
import { zeebeEngineDefaults, type ZeebeEngineConfig } from './zeebe-engine-config.js';
import { ZeebeJobWorker } from './zeebe-job-worker.js';
import { toDeploymentResource } from './to-deployment-resource.js';

/**
 * The ProcessEngine port on a Zeebe cluster or Camunda SaaS (Camunda 8.8), through the official
 * SDK. Commands given a transaction go through the outbox and are sent after it commits, so their
 * results (an instance key, a message key) are not known when the method returns: see README.md.
 */
export class ZeebeProcessEngine implements ProcessEngine {
  private readonly clients: CamundaClients;
  private readonly sender: ZeebeCommandSender;
  private readonly relay: OutboxRelay;
  private readonly instances: InstanceRegistry;
  private readonly deploymentTimes: DeploymentTimes;
  private readonly workers: Array<ZeebeJobWorker<never, never>> = [];
  private state: 'new' | 'started' | 'stopped' = 'new';

  constructor(
    private readonly config: ZeebeEngineConfig,
    db: Database,
    private readonly logger: Logger,
  ) {
    this.clients = createCamundaClients(config, logger);
    this.instances = new InstanceRegistry(db);
    this.deploymentTimes = new DeploymentTimes(db);
    this.sender = new ZeebeCommandSender(this.clients, this.instances, logger);
    this.relay = new OutboxRelay(new CommandOutbox(db), this.sender, logger.child({ component: 'engine-outbox' }), {
      leaseMs: config.outboxLeaseMs ?? zeebeEngineDefaults.outboxLeaseMs,
      sweepIntervalMs: config.outboxSweepIntervalMs ?? zeebeEngineDefaults.outboxSweepIntervalMs,
    });
  }

  /** Sends now, or, given a transaction, writes to the outbox and answers `undefined`. */
  private async command(command: EngineCommand, options: CommandOptions | undefined): Promise<CommandResult | undefined> {
    if (options?.tx) {
      await this.relay.enqueue(options.tx, command);
      return undefined;
    }
    return this.sender.send(command);
  }

  private async read<T>(subject: { what: string; key: string }, query: () => Promise<T>): Promise<T> {
    try {
      return await query();
    } catch (error) {
      throw toEngineError(error, subject);
    }
  }

  /** Missing is an answer here, not an error. */
  private async readOptional<T>(subject: { what: string; key: string }, query: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.read(subject, query);
    } catch (error) {
      if (error instanceof EngineNotFoundError) return undefined;
      throw error;
    }
  }

  /**
   * Zeebe compares each process with its latest version and returns that version unchanged when
   * the XML is the same. A deployment is never part of the caller's transaction: Zeebe keeps it
   * even if the transaction rolls back, and deploying the same XML again changes nothing.
   */
  async deploy(resources: readonly DeploymentResource[], _options?: CommandOptions): Promise<DeployedProcess[]> {
    if (resources.length === 0) return [];
    const names = resources.map((resource) => resource.name).join(', ');
    let response;
    try {
      response = await this.clients.grpc.deployResources(resources.map(toDeploymentResource));
    } catch (error) {
      const mapped = toEngineError(error, { what: 'deployment', key: names });
      if (mapped instanceof EngineRejectionError && mapped.reason === 'INVALID_ARGUMENT') {
        throw new DeploymentRejectedError(names, [{ elementId: '', message: mapped.message }]);
      }
      throw mapped;
    }
    if (!response) throw new Error('the Zeebe client is closed');
    const deployed: DeployedProcess[] = [];
    for (const deployment of response.deployments) {
      if (typeof deployment !== 'object' || deployment === null || !('process' in deployment)) continue;
      const process = (deployment as { process: DeployedProcess }).process;
      deployed.push({
        bpmnProcessId: process.bpmnProcessId,
        version: process.version,
        processDefinitionKey: String(process.processDefinitionKey),
        resourceName: process.resourceName,
      });
    }
    await this.deploymentTimes
      .recordIfAbsent(
        deployed.map((process) => process.processDefinitionKey),
        Date.now(),
      )
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not record deployment times'));
    this.logger.info({ processes: deployed.map((p) => `${p.bpmnProcessId}@${p.version}`) }, 'deployed to Zeebe');
    return deployed;
  }

  async listProcessDefinitions(bpmnProcessId?: string): Promise<ProcessDefinitionInfo[]> {
    const items = await this.read({ what: 'process', key: bpmnProcessId ?? '*' }, () =>
      searchAll((page) =>
        this.clients.rest.searchProcessDefinitions(
          { filter: bpmnProcessId ? { processDefinitionId: bpmnProcessId } : {}, page, sort: [{ field: 'processDefinitionId' }, { field: 'version' }] },
          readNow,
        ),
      ),
    );
    const times = await this.deploymentTimes.of(items.map((item) => String(item.processDefinitionKey)));
    return items.map((item) => ({
      bpmnProcessId: String(item.processDefinitionId),
      version: item.version ?? 0,
      processDefinitionKey: String(item.processDefinitionKey),
      resourceName: item.resourceName ?? '',
      name: item.name || undefined,
      // Unknown (the epoch) for definitions deployed by other means than this adapter.
      deployedAt: times.get(String(item.processDefinitionKey)) ?? new Date(0),
    }));
  }

  async getProcessDefinitionXml(processDefinitionKey: string): Promise<string> {
    return this.read({ what: 'process definition', key: processDefinitionKey }, () =>
      this.clients.rest.getProcessDefinitionXml({ processDefinitionKey }, readNow),
    );
  }

  /**
   * Given a transaction, the start is sent after the commit and the answer carries an empty
   * `processInstanceKey` and `processDefinitionKey`: the instance does not exist yet.
   */
  async startProcess(bpmnProcessId: string, variables: Variables, options?: StartOptions): Promise<ProcessInstanceInfo> {
    const command: EngineCommand = {
      kind: 'start',
      bpmnProcessId,
      variables,
      ...(options?.version !== undefined ? { version: options.version } : {}),
      ...(options?.businessKey !== undefined ? { businessKey: options.businessKey } : {}),
    };
    const result = await this.command(command, options);
    const started = result?.kind === 'started' ? result : undefined;
    return {
      processInstanceKey: started?.processInstanceKey ?? '',
      processDefinitionKey: started?.processDefinitionKey ?? '',
      bpmnProcessId,
      version: started?.version ?? options?.version ?? 0,
      businessKey: options?.businessKey,
      state: 'ACTIVE',
      startedAt: new Date(),
      endedAt: undefined,
      parentProcessInstanceKey: undefined,
    };
  }

  async cancelProcessInstance(processInstanceKey: string, options?: CommandOptions): Promise<void> {
    await this.command({ kind: 'cancel', processInstanceKey }, options);
  }

  async getProcessInstance(processInstanceKey: string): Promise<ProcessInstanceInfo | undefined> {
    const item = await this.readOptional({ what: 'process instance', key: processInstanceKey }, () =>
      this.clients.rest.getProcessInstance({ processInstanceKey }, readNow),
    );
    if (!item) return undefined;
    return toProcessInstanceInfo(item, await this.instances.businessKeyOf(processInstanceKey));
  }

  async countActiveInstances(bpmnProcessId: string): Promise<Array<{ readonly version: number; readonly processDefinitionKey: string; readonly active: number }>> {
    const definitions = await this.listProcessDefinitions(bpmnProcessId);
    const counts = await Promise.all(
      definitions.map(async (definition) => {
        const result = await this.read({ what: 'process definition', key: definition.processDefinitionKey }, () =>
          this.clients.rest.searchProcessInstances(
            { filter: { processDefinitionKey: restKey(definition.processDefinitionKey), state: 'ACTIVE' }, page: { from: 0, limit: 1 } },
            readNow,
          ),
        );
        return { version: definition.version, processDefinitionKey: definition.processDefinitionKey, active: result.page.totalItems };
      }),
    );
    return counts.filter((count) => count.active > 0);
  }

  async getVariables(processInstanceKey: string, scopeKey?: string): Promise<Variables> {
    return this.read({ what: 'process instance', key: processInstanceKey }, () => readVariables(this.clients.rest, processInstanceKey, scopeKey));
  }

  async setVariables(scopeKey: string, variables: Variables, options?: CommandOptions & { readonly local?: boolean }): Promise<void> {
    await this.command({ kind: 'set-variables', scopeKey, variables, local: options?.local ?? false }, options);
  }

  async getHistory(processInstanceKey: string): Promise<HistoryEvent[]> {
    const subject = { what: 'process instance', key: processInstanceKey };
    const [elements, incidents] = await Promise.all([
      this.read(subject, () =>
        searchAll((page) => this.clients.rest.searchElementInstances({ filter: { processInstanceKey: restKey(processInstanceKey) }, page, sort: [{ field: 'startDate' }] }, readNow)),
      ),
      this.read(subject, () => searchAll((page) => this.clients.rest.searchIncidents({ filter: { processInstanceKey: restKey(processInstanceKey) }, page }, readNow))),
    ]);
    return buildHistory(processInstanceKey, elements, incidents);
  }

  /**
   * Given a transaction, the message is published after the commit (the answer's `messageKey` is
   * empty) and gets a message id when it has none, so that a resend is recognised while the first
   * one is still buffered.
   */
  async publishMessage(message: PublishMessage, options?: CommandOptions): Promise<{ readonly messageKey: string }> {
    const messageId = message.messageId ?? (options?.tx ? randomUUID() : undefined);
    const result = await this.command(
      {
        kind: 'publish',
        name: message.name,
        correlationKey: message.correlationKey ?? '',
        variables: message.variables ?? {},
        timeToLiveMs: message.timeToLiveMs ?? 0,
        ...(messageId !== undefined ? { messageId } : {}),
      },
      options,
    );
    return { messageKey: result?.kind === 'published' ? result.messageKey : '' };
  }

  async listUserTasks(query: UserTaskQuery): Promise<UserTask[]> {
    const items = await this.read({ what: 'user tasks', key: '*' }, () => listUserTasks(this.clients.rest, query));
    return items.map(toUserTask);
  }

  async getUserTask(userTaskKey: string): Promise<UserTask | undefined> {
    const item = await this.readOptional({ what: 'user task', key: userTaskKey }, () => this.clients.rest.getUserTask({ userTaskKey }, readNow));
    return item ? toUserTask(item) : undefined;
  }

  async assignUserTask(userTaskKey: string, assignee: string | undefined, options?: CommandOptions): Promise<void> {
    await this.command({ kind: 'assign-user-task', userTaskKey, ...(assignee !== undefined ? { assignee } : {}) }, options);
  }

  async completeUserTask(userTaskKey: string, variables: Variables, options?: CommandOptions): Promise<void> {
    await this.command({ kind: 'complete-user-task', userTaskKey, variables }, options);
  }

  async listIncidents(query?: IncidentQuery): Promise<Incident[]> {
    const filter = { state: query?.state ?? 'ACTIVE', ...(query?.processInstanceKey ? { processInstanceKey: restKey(query.processInstanceKey) } : {}) };
    const items = await this.read({ what: 'incidents', key: query?.processInstanceKey ?? '*' }, () =>
      searchAll((page) => this.clients.rest.searchIncidents({ filter, page, sort: [{ field: 'creationTime' }] }, readNow)),
    );
    return items.map(toIncident);
  }

  async resolveIncident(incidentKey: string, options?: CommandOptions & { readonly retries?: number }): Promise<void> {
    await this.command({ kind: 'resolve-incident', incidentKey, retries: options?.retries ?? 1 }, options);
  }

  health(): Promise<EngineHealth> {
    return zeebeHealth(this.clients);
  }

  async start(): Promise<void> {
    if (this.state !== 'new') return;
    this.state = 'started';
    await this.relay.start();
    for (const worker of this.workers) worker.open();
    this.logger.info({ workers: this.workers.map((worker) => worker.taskType) }, 'Zeebe engine started');
  }

  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    await Promise.all(this.workers.map((worker) => worker.close()));
    await this.relay.stop();
    await this.clients.close(this.config.stopTimeoutMs ?? zeebeEngineDefaults.stopTimeoutMs);
    this.logger.info('Zeebe engine stopped');
  }

  /** Workers registered before `start()` begin fetching jobs when it is called. */
  createWorker<V extends Variables, H extends Record<string, string>>(options: JobWorkerOptions<V, H>): JobWorker {
    if (this.state === 'stopped') throw new Error(`cannot create a worker for ${options.taskType}: the engine has stopped`);
    const worker = new ZeebeJobWorker(
      this.clients,
      options,
      {
        maxJobsActive: this.config.defaultMaxJobsActive ?? zeebeEngineDefaults.defaultMaxJobsActive,
        timeoutMs: this.config.defaultJobTimeoutMs ?? zeebeEngineDefaults.defaultJobTimeoutMs,
        retryBackoffMs: this.config.defaultRetryBackoffMs ?? zeebeEngineDefaults.defaultRetryBackoffMs,
      },
      this.logger.child({ component: 'job-worker' }),
      this.config.stopTimeoutMs ?? zeebeEngineDefaults.stopTimeoutMs,
    );
    this.workers.push(worker as unknown as ZeebeJobWorker<never, never>);
    if (this.state === 'started') worker.open();
    return worker;
  }
}
