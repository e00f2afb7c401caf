import type { ElementModel } from '../model/process-model.js';
import type { InstanceState } from '../state/instance-state.js';
import type { ElementInstance, UserTaskRow } from '../state/rows.js';
import { parseIsoDateTime } from '../timers/iso-date-time.js';
import { IncidentError } from './interpreter.js';
import type { RuntimeContext } from './runtime-context.js';
import { variableContext } from './variable-scopes.js';

/** Evaluates a user task's assignment, schedule and priority as Zeebe does for Camunda user tasks. */
export function userTaskRow(ctx: RuntimeContext, instance: InstanceState, element: ElementInstance, model: ElementModel): UserTaskRow {
  const definition = model.userTask!;
  const context = variableContext(instance, element.key);
  const { feel } = ctx;
  // As in Zeebe, an assignee expression must yield a string (null raises an incident); dates may be null.
  const assignee = () => {
    if (!definition.assignee) return undefined;
    const value = feel.evaluateString(definition.assignee, context);
    return value === '' ? undefined : value;
  };
  const dateText = (expression: typeof definition.dueDate, what: string) => {
    if (!expression) return undefined;
    const value = feel.evaluate(expression, context);
    if (value === null || value === '') return undefined;
    if (typeof value !== 'string' || parseIsoDateTime(value) === undefined) {
      throw new IncidentError('EXTRACT_VALUE_ERROR', `expected the ${what} of ${model.id} to be an ISO 8601 date-time with an offset, but it was ${JSON.stringify(value)}`);
    }
    return value;
  };
  const priority = definition.priority ? feel.evaluateNumber(definition.priority, context) : 50;
  if (!Number.isInteger(priority) || priority < 0 || priority > 100) {
    throw new IncidentError('EXTRACT_VALUE_ERROR', `expected the priority of ${model.id} to be an integer between 0 and 100, but it was ${priority}`);
  }
  return {
    key: ctx.keys.next(),
    instanceKey: instance.key,
    elementInstanceKey: element.key,
    elementId: element.elementId,
    bpmnProcessId: instance.row.bpmnProcessId,
    definitionKey: instance.row.definitionKey,
    name: model.name,
    assignee: assignee(),
    candidateGroups: definition.candidateGroups ? feel.evaluateStringList(definition.candidateGroups, context) : [],
    candidateUsers: definition.candidateUsers ? feel.evaluateStringList(definition.candidateUsers, context) : [],
    dueDate: dateText(definition.dueDate, 'due date'),
    followUpDate: dateText(definition.followUpDate, 'follow-up date'),
    formKey: definition.formKey,
    priority,
    headers: definition.headers,
    createdAt: ctx.now,
  };
}
