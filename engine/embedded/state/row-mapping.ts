import type { ElementInstanceType } from '../model/process-model.js';
import type { TimerCycle } from '../timers/timer-schedule.js';
import type {
  ElementInstance,
  ElementState,
  IncidentRow,
  JobRow,
  JobState,
  MessageRow,
  ProcessInstanceRow,
  ProcessInstanceState,
  SubscriptionRow,
  TimerRow,
  UserTaskRow,
} from './rows.js';

/** A row as the driver returns it: PostgreSQL gives BIGINT columns as strings, SQL Server booleans as bits. */
export type DbRow = Record<string, unknown>;

const num = (value: unknown): number => Number(value);
const optionalNum = (value: unknown): number | undefined => (value === null || value === undefined ? undefined : Number(value));
const optionalText = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));
const json = <T>(value: unknown, fallback: T): T => (value === null || value === undefined || value === '' ? fallback : (JSON.parse(String(value)) as T));

export const toInstanceRow = (row: DbRow): ProcessInstanceRow => ({
  key: num(row.id),
  definitionKey: num(row.definition_key),
  bpmnProcessId: String(row.bpmn_process_id),
  version: num(row.version),
  businessKey: optionalText(row.business_key),
  state: String(row.state) as ProcessInstanceState,
  parentInstanceKey: optionalNum(row.parent_instance_key),
  parentElementInstanceKey: optionalNum(row.parent_element_instance_key),
  startedAt: num(row.started_at),
  endedAt: optionalNum(row.ended_at),
});

export const toElementInstance = (row: DbRow): ElementInstance => ({
  key: num(row.id),
  instanceKey: num(row.instance_key),
  elementId: String(row.element_id),
  elementType: String(row.element_type) as ElementInstanceType,
  flowScopeKey: optionalNum(row.flow_scope_key),
  state: String(row.state) as ElementState,
  data: json(row.data, {}),
  activatedAt: num(row.activated_at),
});

export const toJobRow = (row: DbRow): JobRow => ({
  key: num(row.id),
  type: String(row.type),
  instanceKey: num(row.instance_key),
  elementInstanceKey: num(row.element_instance_key),
  elementId: String(row.element_id),
  bpmnProcessId: String(row.bpmn_process_id),
  definitionKey: num(row.definition_key),
  retries: num(row.retries),
  state: String(row.state) as JobState,
  headers: json(row.headers, {}),
  dueAt: num(row.due_at),
  errorMessage: optionalText(row.error_message),
  createdAt: num(row.created_at),
});

export const toTimerRow = (row: DbRow): TimerRow => ({
  key: num(row.id),
  instanceKey: optionalNum(row.instance_key),
  elementInstanceKey: optionalNum(row.element_instance_key),
  elementId: String(row.element_id),
  definitionKey: num(row.definition_key),
  dueAt: num(row.due_at),
  repetitions: num(row.repetitions),
  cycle: json<TimerCycle | undefined>(row.cycle, undefined),
});

export const toSubscriptionRow = (row: DbRow): SubscriptionRow => ({
  key: num(row.id),
  messageName: String(row.message_name),
  correlationKey: optionalText(row.correlation_key),
  instanceKey: optionalNum(row.instance_key),
  elementInstanceKey: optionalNum(row.element_instance_key),
  elementId: String(row.element_id),
  definitionKey: num(row.definition_key),
  bpmnProcessId: String(row.bpmn_process_id),
  interrupting: row.interrupting === true || row.interrupting === 1 || row.interrupting === '1',
  openedAt: num(row.opened_at),
});

export const toMessageRow = (row: DbRow): MessageRow => ({
  key: num(row.id),
  name: String(row.name),
  correlationKey: String(row.correlation_key ?? ''),
  messageId: optionalText(row.message_id),
  variables: json(row.variables, {}),
  expiresAt: num(row.expires_at),
  publishedAt: num(row.published_at),
});

export const toUserTaskRow = (row: DbRow): UserTaskRow => ({
  key: num(row.id),
  instanceKey: num(row.instance_key),
  elementInstanceKey: num(row.element_instance_key),
  elementId: String(row.element_id),
  bpmnProcessId: String(row.bpmn_process_id),
  definitionKey: num(row.definition_key),
  name: optionalText(row.name),
  assignee: optionalText(row.assignee),
  candidateGroups: json(row.candidate_groups, []),
  candidateUsers: json(row.candidate_users, []),
  dueDate: optionalText(row.due_date),
  followUpDate: optionalText(row.follow_up_date),
  formKey: optionalText(row.form_key),
  priority: num(row.priority),
  headers: json(row.headers, {}),
  createdAt: num(row.created_at),
});

export const toIncidentRow = (row: DbRow): IncidentRow => ({
  key: num(row.id),
  instanceKey: num(row.instance_key),
  elementInstanceKey: num(row.element_instance_key),
  elementId: String(row.element_id),
  bpmnProcessId: String(row.bpmn_process_id),
  jobKey: optionalNum(row.job_key),
  type: String(row.type),
  message: String(row.message ?? ''),
  state: String(row.state) as 'ACTIVE' | 'RESOLVED',
  createdAt: num(row.created_at),
  resolvedAt: optionalNum(row.resolved_at),
});
