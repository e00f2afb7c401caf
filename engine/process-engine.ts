import type { Tx } from '../database/database.js';
import type { HistoryEvent } from './history-event.js';
import type { Incident, IncidentQuery } from './incident.js';
import type { JobWorkerHost } from './job-worker.js';
import type { UserTask, UserTaskQuery } from './user-task.js';
import type { Variables } from './variables.js';

export interface DeploymentResource {
  /** File name, e.g. `ticket-lifecycle.bpmn`. */
  readonly name: string;
  readonly content: string;
}

export interface DeployedProcess {
  readonly bpmnProcessId: string;
  readonly version: number;
  readonly processDefinitionKey: string;
  readonly resourceName: string;
}

export interface ProcessDefinitionInfo extends DeployedProcess {
  readonly name: string | undefined;
  readonly deployedAt: Date;
}

export interface ProcessInstanceInfo {
  readonly processInstanceKey: string;
  readonly processDefinitionKey: string;
  readonly bpmnProcessId: string;
  readonly version: number;
  readonly businessKey: string | undefined;
  readonly state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  readonly startedAt: Date;
  readonly endedAt: Date | undefined;
  readonly parentProcessInstanceKey: string | undefined;
}

export interface CommandOptions {
  /**
   * Apply the command in this transaction, together with the domain change that caused it. The
   * embedded engine writes its state in it; the Zeebe adapter records the command in an outbox in
   * it and sends it once the transaction has committed.
   */
  readonly tx?: Tx;
  /** Who asked, for the history: a user id, `worker:<type>`, `system`. */
  readonly actor?: string;
}

export interface StartOptions extends CommandOptions {
  readonly businessKey?: string;
  /** A specific deployed version; the latest when omitted. */
  readonly version?: number;
}

export interface PublishMessage {
  readonly name: string;
  /** Empty for messages that only start instances. */
  readonly correlationKey?: string;
  readonly variables?: Variables;
  /** How long the message waits for a subscription when none is open (0: correlate now or drop). */
  readonly timeToLiveMs?: number;
  /** Publishing the same id again while the first is buffered is rejected. */
  readonly messageId?: string;
}

export interface EngineHealth {
  readonly kind: 'embedded' | 'zeebe';
  readonly state: 'up' | 'down';
  readonly detail?: string;
}

/** The port every engine adapter implements: the embedded interpreter and Zeebe. */
export interface ProcessEngine extends JobWorkerHost {
  /** Each process in each resource becomes a new version unless its XML is unchanged since the latest version. */
  deploy(resources: readonly DeploymentResource[], options?: CommandOptions): Promise<DeployedProcess[]>;
  listProcessDefinitions(bpmnProcessId?: string): Promise<ProcessDefinitionInfo[]>;
  getProcessDefinitionXml(processDefinitionKey: string): Promise<string>;

  startProcess(bpmnProcessId: string, variables: Variables, options?: StartOptions): Promise<ProcessInstanceInfo>;
  cancelProcessInstance(processInstanceKey: string, options?: CommandOptions): Promise<void>;
  getProcessInstance(processInstanceKey: string): Promise<ProcessInstanceInfo | undefined>;
  /** Instances of a definition (or of any version of a process id) that are still running. */
  countActiveInstances(bpmnProcessId: string): Promise<Array<{ readonly version: number; readonly processDefinitionKey: string; readonly active: number }>>;
  /** The variables visible in a scope (the process instance by default), inner scopes shadowing outer ones. */
  getVariables(processInstanceKey: string, scopeKey?: string): Promise<Variables>;
  setVariables(scopeKey: string, variables: Variables, options?: CommandOptions & { readonly local?: boolean }): Promise<void>;
  getHistory(processInstanceKey: string): Promise<HistoryEvent[]>;

  publishMessage(message: PublishMessage, options?: CommandOptions): Promise<{ readonly messageKey: string }>;

  listUserTasks(query: UserTaskQuery): Promise<UserTask[]>;
  getUserTask(userTaskKey: string): Promise<UserTask | undefined>;
  assignUserTask(userTaskKey: string, assignee: string | undefined, options?: CommandOptions): Promise<void>;
  completeUserTask(userTaskKey: string, variables: Variables, options?: CommandOptions): Promise<void>;

  listIncidents(query?: IncidentQuery): Promise<Incident[]>;
  /** Retries what failed; for a job out of retries, `retries` (default 1) are given back first. */
  resolveIncident(incidentKey: string, options?: CommandOptions & { readonly retries?: number }): Promise<void>;

  health(): Promise<EngineHealth>;
  /** Begins firing timers and handing out jobs. */
  start(): Promise<void>;
  /** Stops handing out jobs, waits for running handlers, closes connections. */
  stop(): Promise<void>;
}
