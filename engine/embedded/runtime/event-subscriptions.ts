import type { ElementModel } from '../model/process-model.js';
import type { InstanceState } from '../state/instance-state.js';
import { toMessageRow, type DbRow } from '../state/row-mapping.js';
import type { ElementInstance, SubscriptionRow, TimerRow } from '../state/rows.js';
import { limitClause } from '../state/sql-batch.js';
import { nextFiring, scheduleTimer as firstFiring } from '../timers/timer-schedule.js';
import { startEventSubProcess } from './catch-events.js';
import type { Interpreter } from './interpreter.js';
import { variableContext } from './variable-scopes.js';

/** Arms the timer of a timer event; the owner is the element instance whose end cancels it. */
export function scheduleTimer(it: Interpreter, instance: InstanceState, owner: ElementInstance, event: ElementModel, context: ElementInstance): void {
  const { feel, keys, now, uow, effects } = it.ctx;
  const definition = event.timer!;
  const value = feel.evaluateString(definition.value, variableContext(instance, context.key));
  const schedule = firstFiring(definition.type, value, now);
  const timer: TimerRow = {
    key: keys.next(),
    instanceKey: instance.key,
    elementInstanceKey: owner.key,
    elementId: event.id,
    definitionKey: instance.row.definitionKey,
    dueAt: schedule.dueAt,
    repetitions: schedule.repetitions,
    cycle: schedule.cycle,
  };
  uow.timers.create(timer);
  effects.timers.push(timer);
}

/**
 * Opens a message subscription for a catch event and correlates the oldest buffered message that
 * matches and has not reached this process yet.
 */
export async function openMessageSubscription(it: Interpreter, instance: InstanceState, owner: ElementInstance, event: ElementModel, context: ElementInstance, interrupting: boolean): Promise<void> {
  const { feel, keys, now, uow } = it.ctx;
  const variables = variableContext(instance, context.key);
  const name = feel.evaluateString(event.message!.name, variables);
  const correlationKey = feel.evaluateCorrelationKey(event.message!.correlationKey!, variables);
  const subscription: SubscriptionRow = {
    key: keys.next(),
    messageName: name,
    correlationKey,
    instanceKey: instance.key,
    elementInstanceKey: owner.key,
    elementId: event.id,
    definitionKey: instance.row.definitionKey,
    bpmnProcessId: instance.row.bpmnProcessId,
    interrupting,
    openedAt: now,
  };
  uow.subscriptions.create(subscription);
  const processId = instance.row.bpmnProcessId;
  const correlatedHere = new Set(uow.correlations.filter((c) => c.bpmnProcessId === processId).map((c) => c.messageKey));
  const rows = await uow.sql.all<DbRow>(
    `SELECT * FROM engine_messages m WHERE m.name = ? AND m.correlation_key = ? AND m.expires_at > ?
       AND NOT EXISTS (SELECT 1 FROM engine_message_correlations c WHERE c.message_key = m.id AND c.bpmn_process_id = ?)
     ORDER BY m.id${limitClause(uow.sql.dialect, 10)}`,
    [name, correlationKey, now, processId],
  );
  const message = rows.map(toMessageRow).find((row) => !correlatedHere.has(row.key) && !uow.messages.deletedKeys.has(row.key));
  if (!message) return;
  uow.correlations.push({ messageKey: message.key, bpmnProcessId: processId, instanceKey: instance.key });
  await triggerEvent(it, instance, owner, event.id, message.variables, { subscription });
}

/** Subscribes the timer and message boundary events of an activity that has just been activated. */
export async function openBoundaryEvents(it: Interpreter, instance: InstanceState, activity: ElementInstance, model: ElementModel): Promise<void> {
  for (const boundary of model.boundaryEvents) {
    if (!instance.elements.has(activity.key)) return;
    if (boundary.event === 'timer') scheduleTimer(it, instance, activity, boundary, activity);
    else if (boundary.event === 'message') await openMessageSubscription(it, instance, activity, boundary, activity, boundary.interrupting);
  }
}

/** Subscribes the timer and message start events of the event sub-processes of a scope that has just been activated. */
export async function openEventSubProcessStarts(it: Interpreter, instance: InstanceState, scope: ElementInstance, model: ElementModel): Promise<void> {
  for (const eventSubProcess of model.eventSubProcesses) {
    const start = eventSubProcess.startEvent!;
    if (!instance.elements.has(scope.key) || scope.data.interrupted) return;
    if (start.event === 'timer') scheduleTimer(it, instance, scope, start, scope);
    else if (start.event === 'message') await openMessageSubscription(it, instance, scope, start, scope, start.interrupting);
  }
}

/** An event-based gateway waits on the events that follow it; the first to happen wins. */
export async function openEventBasedGateway(it: Interpreter, instance: InstanceState, gateway: ElementInstance, model: ElementModel): Promise<void> {
  for (const flow of model.outgoing) {
    if (!instance.elements.has(gateway.key)) return;
    const target = instance.model.elements.get(flow.targetId)!;
    if (target.event === 'timer') scheduleTimer(it, instance, gateway, target, gateway);
    else await openMessageSubscription(it, instance, gateway, target, gateway, true);
  }
}

function isNonInterrupting(event: ElementModel): boolean {
  return (event.kind === 'boundaryEvent' || event.kind === 'startEvent') && !event.interrupting;
}

/** Fires a due timer: re-arms a cycle of a non-interrupting event, then triggers the event. */
export async function fireTimer(it: Interpreter, timer: TimerRow, instance: InstanceState | undefined): Promise<void> {
  const { uow } = it.ctx;
  const next = timer.cycle ? nextFiring({ dueAt: timer.dueAt, repetitions: timer.repetitions, cycle: timer.cycle }, timer.dueAt, it.ctx.now) : undefined;
  if (!instance) {
    const deployed = await it.ctx.models.byKey(timer.definitionKey);
    rearmOrDelete(it, timer, next);
    it.startInstance(deployed, {}, { startElementId: timer.elementId });
    return;
  }
  const event = instance.model.elements.get(timer.elementId)!;
  const owner = timer.elementInstanceKey === undefined ? undefined : instance.elements.get(timer.elementInstanceKey);
  if (!owner) {
    uow.timers.delete(timer.key);
    return;
  }
  if (isNonInterrupting(event)) rearmOrDelete(it, timer, next);
  else uow.timers.delete(timer.key);
  await triggerEvent(it, instance, owner, event.id, {}, { timer });
}

function rearmOrDelete(it: Interpreter, timer: TimerRow, next: ReturnType<typeof nextFiring>): void {
  if (!next) {
    it.ctx.uow.timers.delete(timer.key);
    return;
  }
  const rearmed: TimerRow = { ...timer, dueAt: next.dueAt, repetitions: next.repetitions };
  it.ctx.uow.timers.update(rearmed);
  it.ctx.effects.timers.push(rearmed);
}

/**
 * Something a catch event waits for happened (a timer fired, a message was correlated): continue
 * the catch event, the boundary event, the event sub-process or the event-based gateway.
 */
export async function triggerEvent(
  it: Interpreter,
  instance: InstanceState,
  owner: ElementInstance,
  eventId: string,
  payload: Record<string, unknown>,
  source: { readonly timer?: TimerRow; readonly subscription?: SubscriptionRow },
): Promise<void> {
  const { uow } = it.ctx;
  const event = instance.model.elements.get(eventId)!;
  const options = Object.keys(payload).length > 0 ? { payload } : {};
  if (owner.elementId === eventId && owner.elementType !== 'eventBasedGateway') {
    if (source.subscription) uow.subscriptions.delete(source.subscription.key);
    it.completeWithResult(instance, owner, payload);
    return;
  }
  if (owner.elementType === 'eventBasedGateway') {
    const flowScope = instance.elements.get(owner.flowScopeKey!)!;
    const gateway = it.modelOf(instance, owner);
    it.cleanupOwned(instance, owner);
    it.leave(instance, owner, 'ELEMENT_COMPLETED');
    const flow = gateway.outgoing.find((candidate) => candidate.targetId === eventId)!;
    it.record(instance, 'SEQUENCE_FLOW_TAKEN', undefined, { elementId: flow.id });
    it.activateElement(instance, event, flowScope, { ...options, triggered: true });
    return;
  }
  if (event.kind === 'boundaryEvent') {
    const flowScope = instance.elements.get(owner.flowScopeKey!)!;
    if (event.interrupting) await it.terminate(instance, owner);
    it.activateElement(instance, event, flowScope, options);
    return;
  }
  const eventSubProcess = instance.model.elements.get(event.scopeId!)!;
  if (owner.data.interrupted) return;
  await startEventSubProcess(it, instance, owner, eventSubProcess, payload);
}
