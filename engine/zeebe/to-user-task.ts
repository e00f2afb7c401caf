import type { UserTask } from '../user-task.js';
import type { RestUserTask } from './rest-types.js';
import { toUserTaskState } from './user-task-state.js';

const optionalKey = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** A Camunda user task as the port describes it; Zeebe's default priority is 50, as ours. */
export function toUserTask(item: RestUserTask): UserTask {
  return {
    key: String(item.userTaskKey),
    processInstanceKey: optionalKey(item.processInstanceKey),
    processDefinitionKey: optionalKey(item.processDefinitionKey),
    bpmnProcessId: optionalKey(item.processDefinitionId),
    elementId: optionalKey(item.elementId),
    elementInstanceKey: optionalKey(item.elementInstanceKey),
    name: item.name || undefined,
    assignee: item.assignee || undefined,
    candidateGroups: item.candidateGroups ?? [],
    candidateUsers: item.candidateUsers ?? [],
    dueDate: item.dueDate || undefined,
    followUpDate: item.followUpDate || undefined,
    // A linked form has a key; an external one a reference.
    formKey: item.formKey !== undefined && item.formKey !== null ? String(item.formKey) : item.externalFormReference || undefined,
    priority: item.priority ?? 50,
    customHeaders: item.customHeaders ?? {},
    state: toUserTaskState(item.state),
    createdAt: new Date(item.creationDate ?? 0),
  };
}
