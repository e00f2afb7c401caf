import type { ElementInstanceType } from '../model/process-model.js';
import type { TimerCycle } from '../timers/timer-schedule.js';

/** Bookkeeping an element instance keeps between commands. */
export interface ElementData {
  /** Containers: tokens waiting at parallel and inclusive joins, per gateway and incoming flow. */
  joins?: Record<string, Record<string, number>>;
  /** Containers: an interrupting event sub-process has been triggered. */
  interrupted?: boolean;
  /** Multi-instance bodies. */
  mi?: { total: number; started: number; completed: number; items?: unknown[] };
  /** Call activities: the called process instance. */
  childInstanceKey?: number;
  /** Catch events entered through an event-based gateway: they complete at once. */
  triggered?: boolean;
  /** Activities with a result waiting for output mappings. */
  hasResult?: boolean;
}

export type ElementState = 'ACTIVATING' | 'ACTIVATED' | 'COMPLETING';

export interface ElementInstance {
  readonly key: number;
  readonly instanceKey: number;
  readonly elementId: string;
  readonly elementType: ElementInstanceType;
  readonly flowScopeKey: number | undefined;
  state: ElementState;
  data: ElementData;
  readonly activatedAt: number;
}

export type ProcessInstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

export interface ProcessInstanceRow {
  readonly key: number;
  readonly definitionKey: number;
  readonly bpmnProcessId: string;
  readonly version: number;
  readonly businessKey: string | undefined;
  state: ProcessInstanceState;
  readonly parentInstanceKey: number | undefined;
  readonly parentElementInstanceKey: number | undefined;
  readonly startedAt: number;
  endedAt: number | undefined;
}

export type JobState = 'ACTIVATABLE' | 'FAILED';

export interface JobRow {
  readonly key: number;
  readonly type: string;
  readonly instanceKey: number;
  readonly elementInstanceKey: number;
  readonly elementId: string;
  readonly bpmnProcessId: string;
  readonly definitionKey: number;
  retries: number;
  state: JobState;
  readonly headers: Record<string, string>;
  dueAt: number;
  errorMessage: string | undefined;
  readonly createdAt: number;
}

export interface TimerRow {
  readonly key: number;
  readonly instanceKey: number | undefined;
  readonly elementInstanceKey: number | undefined;
  readonly elementId: string;
  readonly definitionKey: number;
  dueAt: number;
  repetitions: number;
  readonly cycle: TimerCycle | undefined;
}

export interface SubscriptionRow {
  readonly key: number;
  readonly messageName: string;
  readonly correlationKey: string | undefined;
  readonly instanceKey: number | undefined;
  readonly elementInstanceKey: number | undefined;
  readonly elementId: string;
  readonly definitionKey: number;
  readonly bpmnProcessId: string;
  readonly interrupting: boolean;
  readonly openedAt: number;
}

export interface MessageRow {
  readonly key: number;
  readonly name: string;
  readonly correlationKey: string;
  readonly messageId: string | undefined;
  readonly variables: Record<string, unknown>;
  readonly expiresAt: number;
  readonly publishedAt: number;
}

export interface UserTaskRow {
  readonly key: number;
  readonly instanceKey: number;
  readonly elementInstanceKey: number;
  readonly elementId: string;
  readonly bpmnProcessId: string;
  readonly definitionKey: number;
  readonly name: string | undefined;
  assignee: string | undefined;
  readonly candidateGroups: string[];
  readonly candidateUsers: string[];
  readonly dueDate: string | undefined;
  readonly followUpDate: string | undefined;
  readonly formKey: string | undefined;
  readonly priority: number;
  readonly headers: Record<string, string>;
  readonly createdAt: number;
}

export interface IncidentRow {
  readonly key: number;
  readonly instanceKey: number;
  readonly elementInstanceKey: number;
  readonly elementId: string;
  readonly bpmnProcessId: string;
  readonly jobKey: number | undefined;
  readonly type: string;
  readonly message: string;
  state: 'ACTIVE' | 'RESOLVED';
  readonly createdAt: number;
  resolvedAt: number | undefined;
}

export interface HistoryRow {
  readonly key: number;
  readonly instanceKey: number;
  readonly kind: string;
  readonly elementInstanceKey: number | undefined;
  readonly elementId: string | undefined;
  readonly elementType: string | undefined;
  readonly at: number;
  readonly actor: string | undefined;
  readonly variables: Record<string, unknown> | undefined;
  readonly detail: string | undefined;
}

export interface DefinitionRow {
  readonly key: number;
  readonly bpmnProcessId: string;
  readonly version: number;
  readonly name: string | undefined;
  readonly resourceName: string;
  readonly checksum: string;
  readonly deployedAt: number;
}
