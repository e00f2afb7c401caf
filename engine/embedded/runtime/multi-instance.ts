import type { ElementModel } from '../model/process-model.js';
import type { InstanceState } from '../state/instance-state.js';
import type { ElementInstance } from '../state/rows.js';
import { openBoundaryEvents } from './event-subscriptions.js';
import { IncidentError, type Interpreter } from './interpreter.js';
import { propagate, setLocal, variableContext } from './variable-scopes.js';

/** Whether an element instance is one iteration inside a multi-instance body. */
export function isInnerInstance(instance: InstanceState, element: ElementInstance): boolean {
  if (element.flowScopeKey === undefined || element.elementType === 'multiInstanceBody') return false;
  const scope = instance.elements.get(element.flowScopeKey);
  return scope?.elementType === 'multiInstanceBody' && scope.elementId === element.elementId;
}

function startIteration(it: Interpreter, instance: InstanceState, body: ElementInstance, model: ElementModel, item: unknown, index: number): void {
  const loop = model.loop!;
  const inner = it.activateElement(instance, model, body, { inner: true });
  setLocal(instance, inner.key, 'loopCounter', index + 1);
  if (loop.inputElement) setLocal(instance, inner.key, loop.inputElement, item);
  // An output element that only names a variable becomes a local variable of the iteration, so that job results land there.
  const outputName = loop.outputElement?.kind === 'feel' ? loop.outputElement.path?.[0] : undefined;
  if (outputName && !instance.variables.get(inner.key)?.has(outputName)) setLocal(instance, inner.key, outputName, null);
  body.data.mi!.started += 1;
}

/** Evaluates the input collection and starts the iterations, all at once or one after the other. */
export async function activateMultiInstanceBody(it: Interpreter, instance: InstanceState, body: ElementInstance, model: ElementModel): Promise<void> {
  const loop = model.loop!;
  const items = it.ctx.feel.evaluateList(loop.inputCollection, variableContext(instance, body.key));
  await openBoundaryEvents(it, instance, body, model);
  if (!instance.elements.has(body.key)) return;
  body.state = 'ACTIVATED';
  if (loop.outputCollection) setLocal(instance, body.key, loop.outputCollection, items.map(() => null));
  body.data.mi = { total: items.length, started: 0, completed: 0, ...(loop.sequential ? { items } : {}) };
  if (items.length === 0) {
    it.complete(instance, body);
    return;
  }
  if (loop.sequential) startIteration(it, instance, body, model, items[0], 0);
  else items.forEach((item, index) => startIteration(it, instance, body, model, item, index));
}

/** Collects an iteration's output, then finishes the body or starts the next iteration. */
export async function innerInstanceCompleted(it: Interpreter, instance: InstanceState, inner: ElementInstance, model: ElementModel): Promise<void> {
  const loop = model.loop!;
  const body = instance.elements.get(inner.flowScopeKey!)!;
  const progress = body.data.mi!;
  const { feel } = it.ctx;
  const loopCounter = Number(instance.variables.get(inner.key)?.get('loopCounter'));
  if (loop.outputCollection && loop.outputElement) {
    const value = feel.evaluate(loop.outputElement, variableContext(instance, inner.key));
    const collection = [...((instance.variables.get(body.key)?.get(loop.outputCollection) as unknown[] | undefined) ?? [])];
    collection[loopCounter - 1] = value;
    setLocal(instance, body.key, loop.outputCollection, collection);
  }
  let done = false;
  if (loop.completionCondition) {
    const active = instance.childrenOf(body.key).filter((child) => child !== inner).length;
    const extra = { numberOfInstances: progress.total, numberOfActiveInstances: active, numberOfCompletedInstances: progress.completed + 1, numberOfTerminatedInstances: 0 };
    try {
      done = feel.evaluateBoolean(loop.completionCondition, variableContext(instance, inner.key, extra));
    } catch (error) {
      throw new IncidentError('EXTRACT_VALUE_ERROR', (error as Error).message);
    }
  }
  it.leave(instance, inner, 'ELEMENT_COMPLETED');
  progress.completed += 1;
  if (done) {
    for (const other of instance.childrenOf(body.key)) await it.terminate(instance, other);
    it.complete(instance, body);
  } else if (progress.completed >= progress.total) {
    it.complete(instance, body);
  } else if (loop.sequential) {
    startIteration(it, instance, body, model, progress.items?.[progress.started], progress.started);
  }
}

/** The body hands its output collection to the enclosing scope when it completes. */
export function completeMultiInstanceBody(instance: InstanceState, body: ElementInstance, model: ElementModel): void {
  const name = model.loop!.outputCollection;
  if (!name || body.flowScopeKey === undefined) return;
  const value = instance.variables.get(body.key)?.get(name) ?? [];
  propagate(instance, body.flowScopeKey, { [name]: value });
}
