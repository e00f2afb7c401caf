import type { IncidentType } from '../../incident.js';
import { FeelError } from '../feel/feel-evaluator.js';
import type { ElementInstanceType, ElementModel, FlowModel } from '../model/process-model.js';
import type { InstanceState } from '../state/instance-state.js';
import type { ElementInstance, JobRow, ProcessInstanceRow } from '../state/rows.js';
import { TimerDefinitionError } from '../timers/timer-schedule.js';
import { activateCallActivity, completeCalledInstance } from './call-activity.js';
import { findCatch, triggerCatch } from './catch-events.js';
import { openBoundaryEvents, openEventBasedGateway, openEventSubProcessStarts, openMessageSubscription, scheduleTimer } from './event-subscriptions.js';
import { applyInputMappings, applyOutputMappings } from './io-mappings.js';
import { activateMultiInstanceBody, completeMultiInstanceBody, innerInstanceCompleted, isInnerInstance } from './multi-instance.js';
import type { DeployedModel, RuntimeContext } from './runtime-context.js';
import { localVariables, propagate, setLocal, variableContext, visibleVariables } from './variable-scopes.js';
import { userTaskRow } from './user-task-row.js';

/** An expression or definition problem that stops an element; it becomes an incident on that element. */
export class IncidentError extends Error {
  constructor(
    readonly type: IncidentType,
    message: string,
  ) {
    super(message);
  }
}

type Step = { readonly kind: 'activate' | 'complete'; readonly instance: InstanceState; readonly element: ElementInstance } | { readonly kind: 'scope'; readonly instance: InstanceState; readonly scopeKey: number };

const containerTypes = new Set<ElementInstanceType>(['process', 'subProcess', 'eventSubProcess']);
const activityKinds = new Set<ElementInstanceType>(['serviceTask', 'sendTask', 'businessRuleTask', 'scriptTask', 'userTask', 'receiveTask', 'manualTask', 'task', 'subProcess', 'callActivity', 'multiInstanceBody']);
const maxStepsPerCommand = 100_000;

/**
 * Runs process instances forward within one command, following Zeebe's element lifecycle:
 * activate (input mappings, subscriptions, the element's behaviour), complete (output mappings,
 * leaving the element, taking sequence flows), terminate. Work is queued and drained in order.
 */
export class Interpreter {
  private readonly queue: Step[] = [];
  /** Variables an element was triggered with (messages, timers, errors, job results), until it completes. */
  private readonly payloads = new Map<number, Record<string, unknown>>();
  /** The start event and payload a process or sub-process instance begins with. */
  private readonly starts = new Map<number, { readonly elementId: string; readonly payload: Record<string, unknown> | undefined }>();
  private steps = 0;

  constructor(readonly ctx: RuntimeContext) {}

  // ---------------------------------------------------------------- starting

  /** Creates a process instance and runs it to its first wait states. */
  startInstance(
    deployed: DeployedModel,
    variables: Readonly<Record<string, unknown>>,
    options: { businessKey?: string; startElementId?: string; payload?: Record<string, unknown>; parent?: { instanceKey: number; elementInstanceKey: number } },
  ): InstanceState {
    const { ctx } = this;
    const key = ctx.keys.next();
    const row: ProcessInstanceRow = {
      key,
      definitionKey: deployed.definitionKey,
      bpmnProcessId: deployed.model.bpmnProcessId,
      version: deployed.version,
      businessKey: options.businessKey,
      state: 'ACTIVE',
      parentInstanceKey: options.parent?.instanceKey,
      parentElementInstanceKey: options.parent?.elementInstanceKey,
      startedAt: ctx.now,
      endedAt: undefined,
    };
    const instance = ctx.uow.addNew(row, deployed.model);
    const startElementId = options.startElementId ?? deployed.model.root.noneStartEvent?.id;
    if (!startElementId) throw new IncidentError('UNKNOWN', `the process ${row.bpmnProcessId} has no none start event`);
    const root: ElementInstance = { key, instanceKey: key, elementId: deployed.model.root.id, elementType: 'process', flowScopeKey: undefined, state: 'ACTIVATING', data: {}, activatedAt: ctx.now };
    instance.addElement(root);
    for (const [name, value] of Object.entries(variables)) setLocal(instance, key, name, value);
    if (Object.keys(variables).length > 0) this.record(instance, 'VARIABLES_SET', root, { variables: { ...variables } });
    this.starts.set(key, { elementId: startElementId, payload: options.payload });
    this.record(instance, 'ELEMENT_ACTIVATED', root);
    this.queue.push({ kind: 'activate', instance, element: root });
    return instance;
  }

  // ---------------------------------------------------------------- element lifecycle

  /** Creates an element instance in a flow scope and queues its activation. */
  activateElement(instance: InstanceState, model: ElementModel, flowScope: ElementInstance, options: { payload?: Record<string, unknown>; inner?: boolean; triggered?: boolean } = {}): ElementInstance {
    const elementType: ElementInstanceType = model.loop && !options.inner ? 'multiInstanceBody' : model.kind;
    const element: ElementInstance = {
      key: this.ctx.keys.next(),
      instanceKey: instance.key,
      elementId: model.id,
      elementType,
      flowScopeKey: flowScope.key,
      state: 'ACTIVATING',
      data: options.triggered ? { triggered: true } : {},
      activatedAt: this.ctx.now,
    };
    instance.addElement(element);
    if (options.payload) this.payloads.set(element.key, options.payload);
    this.record(instance, 'ELEMENT_ACTIVATED', element);
    this.queue.push({ kind: 'activate', instance, element });
    return element;
  }

  /** Completes an element with a result (job variables, message payload, user task form, child process variables). */
  completeWithResult(instance: InstanceState, element: ElementInstance, result: Readonly<Record<string, unknown>> | undefined): void {
    const model = this.modelOf(instance, element);
    if (result && Object.keys(result).length > 0) {
      this.payloads.set(element.key, { ...result });
      if (model.outputs.length > 0 && element.elementType !== 'multiInstanceBody') {
        for (const [name, value] of Object.entries(result)) setLocal(instance, element.key, name, value);
      } else {
        propagate(instance, element.key, result);
      }
    }
    this.queue.push({ kind: 'complete', instance, element });
  }

  complete(instance: InstanceState, element: ElementInstance): void {
    this.queue.push({ kind: 'complete', instance, element });
  }

  checkScope(instance: InstanceState, scopeKey: number): void {
    this.queue.push({ kind: 'scope', instance, scopeKey });
  }

  /** Runs queued work until every instance touched waits or has ended. */
  async drain(): Promise<void> {
    for (let step = this.queue.shift(); step; step = this.queue.shift()) {
      if (++this.steps > maxStepsPerCommand) throw new Error('the process ran more than 100000 steps without waiting: is there a loop without a wait state?');
      if (step.kind === 'scope') {
        await this.scopeStep(step.instance, step.scopeKey);
        continue;
      }
      const { instance, element } = step;
      if (instance.elements.get(element.key) !== element) continue;
      try {
        if (step.kind === 'activate') await this.activateStep(instance, element);
        else await this.completeStep(instance, element);
      } catch (error) {
        const incident = this.asIncident(error, step.kind === 'activate' ? 'EXTRACT_VALUE_ERROR' : 'IO_MAPPING_ERROR');
        if (!incident) throw error;
        if (step.kind === 'activate') {
          // As in Zeebe, an element whose activation failed has opened nothing yet (no boundary timers while
          // the incident is open) and is activated afresh when the incident is resolved.
          this.cleanupOwned(instance, element);
          element.state = 'ACTIVATING';
        }
        this.raiseIncident(instance, element, incident.type, incident.message);
      }
    }
  }

  private asIncident(error: unknown, fallback: IncidentType): IncidentError | undefined {
    if (error instanceof IncidentError) return error;
    if (error instanceof FeelError || error instanceof TimerDefinitionError) return new IncidentError(fallback, error.message);
    return undefined;
  }

  private async activateStep(instance: InstanceState, element: ElementInstance): Promise<void> {
    const model = this.modelOf(instance, element);
    if (element.elementType === 'multiInstanceBody') {
      await activateMultiInstanceBody(this, instance, element, model);
      return;
    }
    try {
      applyInputMappings(this.ctx.feel, instance, element.key, model.inputs);
    } catch (error) {
      throw this.asIncident(error, 'IO_MAPPING_ERROR') ?? error;
    }
    if (activityKinds.has(element.elementType) && !isInnerInstance(instance, element)) await openBoundaryEvents(this, instance, element, model);
    // A buffered message may already have triggered an interrupting boundary event and ended the element.
    if (instance.elements.get(element.key) !== element) return;
    element.state = 'ACTIVATED';
    await this.behave(instance, element, model);
  }

  /** What each kind of element does once it is active. */
  private async behave(instance: InstanceState, element: ElementInstance, model: ElementModel): Promise<void> {
    const payload = this.payloads.get(element.key);
    switch (model.kind) {
      case 'process':
      case 'subProcess': {
        await openEventSubProcessStarts(this, instance, element, model);
        const start = this.starts.get(element.key);
        this.starts.delete(element.key);
        // A buffered message may already have started an interrupting event sub-process in its place.
        if (element.data.interrupted) return;
        const startModel = start ? instance.model.elements.get(start.elementId) : model.noneStartEvent;
        if (!startModel) throw new IncidentError('UNKNOWN', `${model.id} has no none start event`);
        this.activateElement(instance, startModel, element, start?.payload ? { payload: start.payload } : {});
        return;
      }
      case 'eventSubProcess':
        this.activateElement(instance, model.startEvent!, element, payload ? { payload } : {});
        this.payloads.delete(element.key);
        return;
      case 'callActivity':
        await activateCallActivity(this, instance, element, model);
        return;
      case 'userTask':
        this.createUserTask(instance, element, model);
        return;
      case 'scriptTask':
        if (model.script) {
          const value = this.ctx.feel.evaluate(model.script.expression, variableContext(instance, element.key));
          this.completeWithResult(instance, element, { [model.script.resultVariable]: value });
          return;
        }
        this.createJob(instance, element, model);
        return;
      case 'serviceTask':
      case 'sendTask':
      case 'businessRuleTask':
        this.createJob(instance, element, model);
        return;
      case 'receiveTask':
        await openMessageSubscription(this, instance, element, model, element, true);
        return;
      case 'intermediateCatchEvent':
        if (element.data.triggered || model.event === 'link') this.completeWithResult(instance, element, payload);
        else if (model.event === 'timer') scheduleTimer(this, instance, element, model, element);
        else await openMessageSubscription(this, instance, element, model, element, true);
        return;
      case 'intermediateThrowEvent':
        if (model.event === 'message') {
          this.createJob(instance, element, model);
          return;
        }
        if (model.event === 'escalation') await this.throwEscalation(instance, element, model);
        if (instance.elements.has(element.key)) this.complete(instance, element);
        return;
      case 'endEvent':
        if (model.event === 'message') this.createJob(instance, element, model);
        else if (model.event === 'error') await this.throwErrorEvent(instance, element, model);
        else {
          if (model.event === 'escalation') await this.throwEscalation(instance, element, model);
          if (instance.elements.has(element.key)) this.complete(instance, element);
        }
        return;
      case 'eventBasedGateway':
        await openEventBasedGateway(this, instance, element, model);
        return;
      case 'startEvent':
      case 'boundaryEvent':
        this.completeWithResult(instance, element, payload);
        return;
      default:
        this.complete(instance, element);
    }
  }

  private async completeStep(instance: InstanceState, element: ElementInstance): Promise<void> {
    const model = this.modelOf(instance, element);
    element.state = 'COMPLETING';
    const flowScopeKey = element.flowScopeKey;
    const inner = isInnerInstance(instance, element);
    if (element.elementType === 'multiInstanceBody') {
      completeMultiInstanceBody(instance, element, model);
    } else if (model.outputs.length > 0 && flowScopeKey !== undefined) {
      try {
        // An iteration of a multi-instance activity merges its outputs from its own scope, where its output element lives.
        applyOutputMappings(this.ctx.feel, instance, element.key, inner ? element.key : flowScopeKey, model.outputs);
      } catch (error) {
        throw this.asIncident(error, 'IO_MAPPING_ERROR') ?? error;
      }
    }
    const flows = inner ? [] : this.selectFlows(instance, element, model);
    this.cleanupOwned(instance, element);
    if (model.kind === 'endEvent' && model.event === 'terminate' && flowScopeKey !== undefined) {
      for (const sibling of instance.childrenOf(flowScopeKey)) if (sibling !== element) await this.terminate(instance, sibling);
      // Tokens waiting at a join are part of the scope too.
      const scope = instance.elements.get(flowScopeKey);
      if (scope) delete scope.data.joins;
    }
    if (element.elementType === 'process') {
      await this.finishInstance(instance, element, 'COMPLETED');
      return;
    }
    if (inner) {
      await innerInstanceCompleted(this, instance, element, model);
      return;
    }
    this.leave(instance, element, 'ELEMENT_COMPLETED');
    const flowScope = flowScopeKey === undefined ? undefined : instance.elements.get(flowScopeKey);
    if (!flowScope) return;
    if (model.kind === 'intermediateThrowEvent' && model.event === 'link') {
      const target = instance.model.elements.get(flowScope.elementId)?.children.find((child) => child.kind === 'intermediateCatchEvent' && child.event === 'link' && child.linkName === model.linkName);
      if (target) this.activateElement(instance, target, flowScope);
      return;
    }
    for (const flow of flows) this.takeFlow(instance, flow, flowScope);
    if (flows.length === 0) this.checkScope(instance, flowScope.key);
  }

  /** The outgoing sequence flows an element takes when it completes. */
  private selectFlows(instance: InstanceState, element: ElementInstance, model: ElementModel): readonly FlowModel[] {
    if (model.kind === 'eventBasedGateway') return [];
    if (model.kind !== 'exclusiveGateway' && model.kind !== 'inclusiveGateway') return model.outgoing;
    if (model.outgoing.length === 1 && !model.outgoing[0]!.condition) return model.outgoing;
    const context = variableContext(instance, element.key);
    const chosen: FlowModel[] = [];
    for (const flow of model.outgoing) {
      if (flow.id === model.defaultFlowId || !flow.condition) continue;
      let fulfilled: boolean;
      try {
        fulfilled = this.ctx.feel.evaluateBoolean(flow.condition, context);
      } catch (error) {
        throw this.asIncident(error, 'CONDITION_ERROR') ?? error;
      }
      if (fulfilled) {
        chosen.push(flow);
        if (model.kind === 'exclusiveGateway') break;
      }
    }
    if (chosen.length > 0) return chosen;
    const fallback = model.outgoing.find((flow) => flow.id === model.defaultFlowId);
    if (fallback) return [fallback];
    throw new IncidentError('CONDITION_ERROR', `Expected at least one condition to evaluate to true, or to have a default flow, but no outgoing sequence flow of ${model.id} could be taken`);
  }

  takeFlow(instance: InstanceState, flow: FlowModel, flowScope: ElementInstance): void {
    this.record(instance, 'SEQUENCE_FLOW_TAKEN', undefined, { elementId: flow.id });
    const target = instance.model.elements.get(flow.targetId)!;
    const joining = (target.kind === 'parallelGateway' || target.kind === 'inclusiveGateway') && target.incoming.length > 1;
    if (!joining) {
      this.activateElement(instance, target, flowScope);
      return;
    }
    const joins = (flowScope.data.joins ??= {});
    const tokens = (joins[target.id] ??= {});
    tokens[flow.id] = (tokens[flow.id] ?? 0) + 1;
    if (target.kind === 'parallelGateway') {
      if (target.incoming.every((incoming) => (tokens[incoming.id] ?? 0) > 0)) this.fireJoin(instance, flowScope, target);
    } else {
      this.checkScope(instance, flowScope.key);
    }
  }

  private fireJoin(instance: InstanceState, scope: ElementInstance, gateway: ElementModel): void {
    const joins = scope.data.joins!;
    const tokens = joins[gateway.id]!;
    for (const incoming of gateway.incoming) {
      const count = (tokens[incoming.id] ?? 0) - 1;
      if (count > 0) tokens[incoming.id] = count;
      else delete tokens[incoming.id];
    }
    if (Object.keys(tokens).length === 0) delete joins[gateway.id];
    if (Object.keys(joins).length === 0) delete scope.data.joins;
    this.activateElement(instance, gateway, scope);
  }

  /** An inclusive join fires when every incoming flow has a token, or no active element can still bring one. */
  private inclusiveJoinReady(instance: InstanceState, scope: ElementInstance, gateway: ElementModel): boolean {
    const tokens = scope.data.joins?.[gateway.id] ?? {};
    const waiting = gateway.incoming.filter((flow) => !tokens[flow.id]);
    if (waiting.length === 0) return true;
    const active = instance.childrenOf(scope.key).map((child) => child.elementId);
    for (const [joinId, joinTokens] of Object.entries(scope.data.joins ?? {})) if (joinId !== gateway.id && Object.keys(joinTokens).length > 0) active.push(joinId);
    return !active.some((id) => waiting.some((flow) => flow.sourceId === id || (instance.model.reachable.get(id)?.has(flow.sourceId) ?? false)));
  }

  private async scopeStep(instance: InstanceState, scopeKey: number): Promise<void> {
    const scope = instance.elements.get(scopeKey);
    if (!scope || scope.state !== 'ACTIVATED') return;
    for (const gatewayId of Object.keys(scope.data.joins ?? {})) {
      const gateway = instance.model.elements.get(gatewayId)!;
      if (gateway.kind === 'inclusiveGateway' && this.inclusiveJoinReady(instance, scope, gateway)) {
        this.fireJoin(instance, scope, gateway);
        return;
      }
    }
    if (!containerTypes.has(scope.elementType)) return;
    if (instance.childrenOf(scope.key).length > 0 || scope.data.joins) return;
    this.complete(instance, scope);
  }

  /** Records that an element ended and forgets it with its local variables. */
  leave(instance: InstanceState, element: ElementInstance, kind: 'ELEMENT_COMPLETED' | 'ELEMENT_TERMINATED'): void {
    const result = this.payloads.get(element.key);
    this.payloads.delete(element.key);
    this.record(instance, kind, element, result ? { variables: result } : {});
    instance.removeElement(element);
  }

  /** Terminates an element and everything inside it (including called process instances). */
  async terminate(instance: InstanceState, element: ElementInstance): Promise<void> {
    for (const child of instance.childrenOf(element.key)) await this.terminate(instance, child);
    if (element.data.childInstanceKey !== undefined) {
      const child = await this.load(element.data.childInstanceKey);
      const root = child?.root;
      if (child && root && child.row.state === 'ACTIVE') await this.terminate(child, root);
    }
    this.cleanupOwned(instance, element);
    const { uow } = this.ctx;
    const createdIncidents = uow.incidents.createdFor(element.key);
    for (const incident of createdIncidents) {
      incident.state = 'RESOLVED';
      incident.resolvedAt = this.ctx.now;
    }
    if (uow.isStored(instance.key, element.key)) uow.resolvedIncidentOwners.set(element.key, this.ctx.now);
    if (element.elementType === 'process') {
      await this.finishInstance(instance, element, 'TERMINATED');
      return;
    }
    this.leave(instance, element, 'ELEMENT_TERMINATED');
  }

  /** Removes the jobs, user tasks, timers and subscriptions an element instance owns. */
  cleanupOwned(instance: InstanceState, element: ElementInstance): void {
    const { uow, effects } = this.ctx;
    const stored = uow.isStored(instance.key, element.key);
    const hadTask = element.elementType === 'userTask';
    uow.jobs.deleteOwnedBy(element.key, stored);
    uow.timers.deleteOwnedBy(element.key, stored);
    uow.subscriptions.deleteOwnedBy(element.key, stored);
    if (hadTask) {
      uow.userTasks.deleteOwnedBy(element.key, stored);
      effects.userTasksEnded.push({ instanceKey: instance.key, elementInstanceKey: element.key });
    }
  }

  private async finishInstance(instance: InstanceState, root: ElementInstance, state: 'COMPLETED' | 'TERMINATED'): Promise<void> {
    const childVariables = localVariables(instance, root.key);
    // The final variables stay readable in the history after the instance has ended.
    this.payloads.set(root.key, childVariables);
    this.leave(instance, root, state === 'COMPLETED' ? 'ELEMENT_COMPLETED' : 'ELEMENT_TERMINATED');
    instance.row.state = state;
    instance.row.endedAt = this.ctx.now;
    this.ctx.uow.startLocks.removed.push(instance.key);
    this.ctx.effects.ended.push({ instanceKey: instance.key, state });
    if (state === 'COMPLETED' && instance.row.parentInstanceKey !== undefined && instance.row.parentElementInstanceKey !== undefined) {
      const parent = await this.load(instance.row.parentInstanceKey);
      const callActivity = parent?.elements.get(instance.row.parentElementInstanceKey);
      if (parent && callActivity) completeCalledInstance(this, parent, callActivity, childVariables);
    }
  }

  // ---------------------------------------------------------------- jobs, user tasks, incidents

  createJob(instance: InstanceState, element: ElementInstance, model: ElementModel): void {
    const definition = model.job!;
    const context = variableContext(instance, element.key);
    const type = this.ctx.feel.evaluateString(definition.type, context);
    const retries = this.ctx.feel.evaluateNumber(definition.retries, context);
    const job: JobRow = {
      key: this.ctx.keys.next(),
      type,
      instanceKey: instance.key,
      elementInstanceKey: element.key,
      elementId: element.elementId,
      bpmnProcessId: instance.row.bpmnProcessId,
      definitionKey: instance.row.definitionKey,
      retries,
      state: 'ACTIVATABLE',
      headers: definition.headers,
      dueAt: this.ctx.now,
      errorMessage: undefined,
      createdAt: this.ctx.now,
    };
    this.ctx.uow.jobs.create(job);
    this.ctx.effects.jobs.push({ job, instance });
  }

  private createUserTask(instance: InstanceState, element: ElementInstance, model: ElementModel): void {
    const task = userTaskRow(this.ctx, instance, element, model);
    this.ctx.uow.userTasks.create(task);
    this.ctx.effects.userTasksCreated.push(task);
  }

  raiseIncident(instance: InstanceState, element: ElementInstance, type: IncidentType, message: string, jobKey?: number): void {
    const incident = {
      key: this.ctx.keys.next(),
      instanceKey: instance.key,
      elementInstanceKey: element.key,
      elementId: element.elementId,
      bpmnProcessId: instance.row.bpmnProcessId,
      jobKey,
      type,
      message,
      state: 'ACTIVE' as const,
      createdAt: this.ctx.now,
      resolvedAt: undefined,
    };
    this.ctx.uow.incidents.create(incident);
    this.ctx.effects.incidents.push(incident);
    this.record(instance, 'INCIDENT_CREATED', element, { detail: `${type}: ${message}` });
  }

  /** Retries what an incident stopped: the activation or the completion of its element. */
  retry(instance: InstanceState, element: ElementInstance): void {
    this.queue.push({ kind: element.state === 'COMPLETING' ? 'complete' : 'activate', instance, element });
  }

  // ---------------------------------------------------------------- errors and escalations

  /** Throws a BPMN error from an element; false when nothing catches it. */
  async throwError(instance: InstanceState, element: ElementInstance, code: string, variables: Record<string, unknown>): Promise<boolean> {
    const caught = await findCatch(this, instance, element, 'error', code);
    if (!caught) return false;
    await triggerCatch(this, caught, variables);
    return true;
  }

  private async throwErrorEvent(instance: InstanceState, element: ElementInstance, model: ElementModel): Promise<void> {
    const code = this.ctx.feel.evaluateString(model.errorCode!, variableContext(instance, element.key));
    if (!(await this.throwError(instance, element, code, {}))) {
      throw new IncidentError('UNHANDLED_ERROR_EVENT', `Expected to throw an error event with the code '${code}', but it was not caught. No error events are available in the scope.`);
    }
  }

  private async throwEscalation(instance: InstanceState, element: ElementInstance, model: ElementModel): Promise<void> {
    const code = this.ctx.feel.evaluateString(model.escalationCode!, variableContext(instance, element.key));
    const caught = await findCatch(this, instance, element, 'escalation', code);
    if (caught) await triggerCatch(this, caught, {});
  }

  // ---------------------------------------------------------------- helpers

  modelOf(instance: InstanceState, element: ElementInstance): ElementModel {
    const model = instance.model.elements.get(element.elementId);
    if (!model) throw new Error(`element ${element.elementId} is not part of ${instance.row.bpmnProcessId} version ${instance.row.version}`);
    return model;
  }

  async load(instanceKey: number): Promise<InstanceState | undefined> {
    return this.ctx.uow.load(instanceKey, async (definitionKey) => (await this.ctx.models.byKey(definitionKey)).model);
  }

  /** Snapshots of the variables each new job will see, taken once the command has run. */
  snapshotJobVariables(): void {
    for (const entry of this.ctx.effects.jobs) {
      const { jobs } = this.ctx.uow;
      if (entry.instance.elements.has(entry.job.elementInstanceKey) && (jobs.created.has(entry.job.key) || jobs.updated.has(entry.job.key))) {
        entry.variables = visibleVariables(entry.instance, entry.job.elementInstanceKey);
      }
    }
  }

  record(
    instance: InstanceState,
    kind: string,
    element: ElementInstance | undefined,
    extra: { elementId?: string; variables?: Record<string, unknown>; detail?: string } = {},
  ): void {
    this.ctx.uow.history.push({
      key: this.ctx.keys.next(),
      instanceKey: instance.key,
      kind,
      elementInstanceKey: element?.key,
      elementId: extra.elementId ?? element?.elementId,
      elementType: element?.elementType ?? (extra.elementId ? 'sequenceFlow' : undefined),
      at: this.ctx.now,
      actor: this.ctx.actor,
      variables: extra.variables,
      detail: extra.detail,
    });
  }
}
