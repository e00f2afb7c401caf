import type { ElementModel } from '../model/process-model.js';
import type { InstanceState } from '../state/instance-state.js';
import type { ElementInstance } from '../state/rows.js';
import { IncidentError, type Interpreter } from './interpreter.js';
import { localVariables, variableContext, visibleVariables } from './variable-scopes.js';

/** Starts the called process (latest version, or the one deployed together with the caller) with the caller's variables. */
export async function activateCallActivity(it: Interpreter, instance: InstanceState, element: ElementInstance, model: ElementModel): Promise<void> {
  const called = model.called!;
  const processId = it.ctx.feel.evaluateString(called.processId, variableContext(instance, element.key));
  const { models, uow } = it.ctx;
  const deployed =
    called.bindingType === 'deployment'
      ? await models.inDeployment(processId, (await models.byKey(instance.row.definitionKey)).deploymentKey, uow)
      : await models.latest(processId, uow);
  if (!deployed) throw new IncidentError('CALLED_ELEMENT_ERROR', `Expected process with BPMN process id '${processId}' to be deployed, but not found.`);
  if (!deployed.model.root.noneStartEvent) throw new IncidentError('CALLED_ELEMENT_ERROR', `Expected process with BPMN process id '${processId}' to have a none start event, but not found.`);
  const variables = called.propagateAllParentVariables ? visibleVariables(instance, element.key) : localVariables(instance, element.key);
  const child = it.startInstance(deployed, variables, {
    ...(instance.row.businessKey ? { businessKey: instance.row.businessKey } : {}),
    parent: { instanceKey: instance.key, elementInstanceKey: element.key },
  });
  element.data.childInstanceKey = child.key;
}

/** Continues the caller once the called instance completed, passing back its variables as configured. */
export function completeCalledInstance(it: Interpreter, parent: InstanceState, callActivity: ElementInstance, childVariables: Record<string, unknown>): void {
  const model = it.modelOf(parent, callActivity);
  delete callActivity.data.childInstanceKey;
  if (model.outputs.length > 0 || model.called?.propagateAllChildVariables !== false) it.completeWithResult(parent, callActivity, childVariables);
  else it.complete(parent, callActivity);
}
