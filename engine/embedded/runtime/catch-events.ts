import type { ElementInstanceType, ElementModel } from '../model/process-model.js';
import type { InstanceState } from '../state/instance-state.js';
import type { ElementInstance } from '../state/rows.js';
import type { Interpreter } from './interpreter.js';
import { isInnerInstance } from './multi-instance.js';

export type Catch =
  | { readonly kind: 'boundary'; readonly instance: InstanceState; readonly activity: ElementInstance; readonly event: ElementModel }
  | { readonly kind: 'eventSubProcess'; readonly instance: InstanceState; readonly scope: ElementInstance; readonly eventSubProcess: ElementModel };

const boundaryHosts = new Set<ElementInstanceType>(['serviceTask', 'sendTask', 'businessRuleTask', 'scriptTask', 'userTask', 'receiveTask', 'manualTask', 'task', 'subProcess', 'callActivity', 'multiInstanceBody']);
const scopes = new Set<ElementInstanceType>(['process', 'subProcess', 'eventSubProcess']);

function codeOf(event: ElementModel, kind: 'error' | 'escalation'): string | undefined {
  const code = kind === 'error' ? event.errorCode : event.escalationCode;
  return code?.kind === 'static' ? code.text : undefined;
}

/** The catch event for a code among candidates: one with that exact code wins over a catch-all. */
function match<T>(candidates: readonly T[], eventOf: (candidate: T) => ElementModel | undefined, kind: 'error' | 'escalation', code: string): T | undefined {
  const relevant = candidates.filter((candidate) => eventOf(candidate)?.event === kind);
  return relevant.find((candidate) => codeOf(eventOf(candidate)!, kind) === code) ?? relevant.find((candidate) => codeOf(eventOf(candidate)!, kind) === undefined);
}

/**
 * Finds what catches an error or escalation thrown at `from`: walking outwards scope by scope, first
 * the boundary events of the activity (errors only for the thrower itself), then the event
 * sub-processes of the enclosing scope, crossing from a called process into its call activity.
 */
export async function findCatch(it: Interpreter, instance: InstanceState, from: ElementInstance, kind: 'error' | 'escalation', code: string): Promise<Catch | undefined> {
  let current = from;
  let state = instance;
  let checkBoundaries = kind === 'error';
  for (;;) {
    if (checkBoundaries && boundaryHosts.has(current.elementType) && !isInnerInstance(state, current)) {
      const model = it.modelOf(state, current);
      const event = match(model.boundaryEvents, (boundary) => boundary, kind, code);
      if (event) return { kind: 'boundary', instance: state, activity: current, event };
    }
    checkBoundaries = true;
    if (current.flowScopeKey === undefined) {
      const { parentInstanceKey, parentElementInstanceKey } = state.row;
      if (parentInstanceKey === undefined || parentElementInstanceKey === undefined) return undefined;
      const parent = await it.load(parentInstanceKey);
      const callActivity = parent?.elements.get(parentElementInstanceKey);
      if (!parent || !callActivity) return undefined;
      state = parent;
      current = callActivity;
      continue;
    }
    const scope = state.elements.get(current.flowScopeKey);
    if (!scope) return undefined;
    if (scopes.has(scope.elementType) && !scope.data.interrupted) {
      const model = it.modelOf(state, scope);
      const eventSubProcess = match(model.eventSubProcesses, (candidate) => candidate.startEvent, kind, code);
      if (eventSubProcess) return { kind: 'eventSubProcess', instance: state, scope, eventSubProcess };
    }
    current = scope;
  }
}

/** Activates a boundary event or event sub-process, interrupting what it is attached to when it is interrupting. */
export async function triggerCatch(it: Interpreter, caught: Catch, variables: Record<string, unknown>): Promise<void> {
  const payload = Object.keys(variables).length > 0 ? { payload: variables } : {};
  if (caught.kind === 'boundary') {
    const { instance, activity, event } = caught;
    const flowScope = instance.elements.get(activity.flowScopeKey!)!;
    if (event.interrupting) await it.terminate(instance, activity);
    it.activateElement(instance, event, flowScope, payload);
    return;
  }
  await startEventSubProcess(it, caught.instance, caught.scope, caught.eventSubProcess, variables);
}

/** Starts an event sub-process in its scope; an interrupting one first terminates everything else in the scope. */
export async function startEventSubProcess(it: Interpreter, instance: InstanceState, scope: ElementInstance, eventSubProcess: ElementModel, variables: Record<string, unknown>): Promise<void> {
  const start = eventSubProcess.startEvent!;
  if (start.interrupting) {
    for (const child of instance.childrenOf(scope.key)) await it.terminate(instance, child);
    const model = it.modelOf(instance, scope);
    const startIds = model.eventSubProcesses.map((candidate) => candidate.startEvent!.id);
    it.ctx.uow.timers.deleteOwnedElements(scope.key, startIds, it.ctx.uow.isStored(instance.key, scope.key));
    it.ctx.uow.subscriptions.deleteOwnedElements(scope.key, startIds, it.ctx.uow.isStored(instance.key, scope.key));
    scope.data.interrupted = true;
    delete scope.data.joins;
  }
  it.activateElement(instance, eventSubProcess, scope, Object.keys(variables).length > 0 ? { payload: variables } : {});
}
