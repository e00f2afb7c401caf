import type { BpmnElement } from './bpmn-element.js';
import { parseExpression, parseFeel, type Expression } from './expression.js';
import { extension, headersOf, knownExtensions } from './extension.js';
import type {
  CalledElement,
  ElementKind,
  EventKind,
  JobDefinition,
  LoopDefinition,
  Mapping,
  MessageDefinition,
  TimerDefinition,
  UserTaskDefinition,
} from './process-model.js';

export interface Problem {
  readonly elementId: string;
  readonly message: string;
}

const kinds: Readonly<Record<string, ElementKind>> = {
  'bpmn:Process': 'process',
  'bpmn:SubProcess': 'subProcess',
  'bpmn:CallActivity': 'callActivity',
  'bpmn:ServiceTask': 'serviceTask',
  'bpmn:SendTask': 'sendTask',
  'bpmn:BusinessRuleTask': 'businessRuleTask',
  'bpmn:ScriptTask': 'scriptTask',
  'bpmn:UserTask': 'userTask',
  'bpmn:ReceiveTask': 'receiveTask',
  'bpmn:ManualTask': 'manualTask',
  'bpmn:Task': 'task',
  'bpmn:ExclusiveGateway': 'exclusiveGateway',
  'bpmn:ParallelGateway': 'parallelGateway',
  'bpmn:InclusiveGateway': 'inclusiveGateway',
  'bpmn:EventBasedGateway': 'eventBasedGateway',
  'bpmn:StartEvent': 'startEvent',
  'bpmn:EndEvent': 'endEvent',
  'bpmn:IntermediateCatchEvent': 'intermediateCatchEvent',
  'bpmn:IntermediateThrowEvent': 'intermediateThrowEvent',
  'bpmn:BoundaryEvent': 'boundaryEvent',
};

const eventKinds: Readonly<Record<string, EventKind>> = {
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:TimerEventDefinition': 'timer',
  'bpmn:ErrorEventDefinition': 'error',
  'bpmn:EscalationEventDefinition': 'escalation',
  'bpmn:TerminateEventDefinition': 'terminate',
  'bpmn:LinkEventDefinition': 'link',
};

const unsupportedTypes: Readonly<Record<string, string>> = {
  'bpmn:AdHocSubProcess': 'ad-hoc sub-processes',
  'bpmn:Transaction': 'transaction sub-processes',
  'bpmn:ComplexGateway': 'complex gateways',
  'bpmn:SignalEventDefinition': 'signal events',
  'bpmn:ConditionalEventDefinition': 'conditional events',
  'bpmn:CompensateEventDefinition': 'compensation',
  'bpmn:CancelEventDefinition': 'cancel events',
  'bpmn:StandardLoopCharacteristics': 'standard loops (use multi-instance)',
};

const ignoredTypes = new Set(['bpmn:SequenceFlow', 'bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:Group']);

/** What the compiler knows about one flow node before cross-references are resolved. */
export interface CompiledElement {
  readonly id: string;
  readonly kind: ElementKind;
  readonly name: string | undefined;
  readonly event: EventKind | undefined;
  readonly interrupting: boolean;
  readonly inputs: readonly Mapping[];
  readonly outputs: readonly Mapping[];
  readonly job: JobDefinition | undefined;
  readonly userTask: UserTaskDefinition | undefined;
  readonly message: MessageDefinition | undefined;
  readonly timer: TimerDefinition | undefined;
  readonly errorCode: Expression | undefined;
  readonly escalationCode: Expression | undefined;
  readonly linkName: string | undefined;
  readonly script: { readonly expression: Expression; readonly resultVariable: string } | undefined;
  readonly called: CalledElement | undefined;
  readonly loop: LoopDefinition | undefined;
}

export function isIgnored(element: BpmnElement): boolean {
  return ignoredTypes.has(element.$type);
}

function mappings(parameters: readonly BpmnElement[] | undefined, problems: Problem[], id: string): Mapping[] {
  return (parameters ?? []).map((parameter) => {
    if (!parameter.target) problems.push({ elementId: id, message: 'a variable mapping has no target' });
    const source = parameter.source === undefined || parameter.source.trim() === '' ? undefined : parameter.source.trim().startsWith('=') ? parseExpression(parameter.source) : { kind: 'static' as const, text: parameter.source };
    return { source, target: parameter.target ?? '' };
  });
}

function timerOf(definition: BpmnElement): TimerDefinition | undefined {
  if (definition.timeDuration?.body) return { type: 'duration', value: parseExpression(definition.timeDuration.body) };
  if (definition.timeDate?.body) return { type: 'date', value: parseExpression(definition.timeDate.body) };
  if (definition.timeCycle?.body) return { type: 'cycle', value: parseExpression(definition.timeCycle.body) };
  return undefined;
}

function jobOf(element: BpmnElement, problems: Problem[], id: string): JobDefinition | undefined {
  const definition = extension(element, 'TaskDefinition');
  if (!definition) return undefined;
  if (!definition.type) problems.push({ elementId: id, message: 'zeebe:taskDefinition has no type' });
  return { type: parseExpression(definition.type ?? ''), retries: parseExpression(definition.retries ?? '3'), headers: headersOf(element) };
}

function userTaskOf(element: BpmnElement): UserTaskDefinition {
  const assignment = extension(element, 'AssignmentDefinition');
  const schedule = extension(element, 'TaskSchedule');
  const priority = extension(element, 'PriorityDefinition')?.priority;
  const form = extension(element, 'FormDefinition');
  const optional = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : parseExpression(text));
  return {
    assignee: optional(assignment?.assignee),
    candidateGroups: optional(assignment?.candidateGroups),
    candidateUsers: optional(assignment?.candidateUsers),
    dueDate: optional(schedule?.dueDate),
    followUpDate: optional(schedule?.followUpDate),
    priority: priority === undefined ? undefined : parseExpression(String(priority)),
    formKey: form?.formKey ?? form?.formId ?? undefined,
    headers: headersOf(element),
  };
}

function loopOf(element: BpmnElement, problems: Problem[], id: string): LoopDefinition | undefined {
  const characteristics = element.loopCharacteristics;
  if (!characteristics) return undefined;
  if (characteristics.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    problems.push({ elementId: id, message: `${unsupportedTypes[characteristics.$type] ?? characteristics.$type} are not supported` });
    return undefined;
  }
  const zeebeLoop = extension(characteristics, 'LoopCharacteristics');
  if (!zeebeLoop?.inputCollection) {
    problems.push({ elementId: id, message: 'a multi-instance activity needs zeebe:loopCharacteristics with an inputCollection' });
    return undefined;
  }
  const condition = characteristics.completionCondition?.body?.trim();
  return {
    sequential: characteristics.isSequential === true,
    inputCollection: parseFeel(zeebeLoop.inputCollection),
    inputElement: zeebeLoop.inputElement || undefined,
    outputCollection: zeebeLoop.outputCollection || undefined,
    outputElement: zeebeLoop.outputElement ? parseFeel(zeebeLoop.outputElement) : undefined,
    completionCondition: condition ? parseFeel(condition) : undefined,
  };
}

function calledOf(element: BpmnElement, problems: Problem[], id: string): CalledElement | undefined {
  const called = extension(element, 'CalledElement');
  if (!called?.processId) {
    problems.push({ elementId: id, message: 'a call activity needs zeebe:calledElement with a processId' });
    return undefined;
  }
  const bindingType = called.bindingType ?? 'latest';
  if (bindingType !== 'latest' && bindingType !== 'deployment') {
    problems.push({ elementId: id, message: `the call activity binding type "${bindingType}" is not supported (use latest or deployment)` });
  }
  return {
    processId: parseExpression(called.processId),
    propagateAllChildVariables: called.propagateAllChildVariables !== false,
    propagateAllParentVariables: called.propagateAllParentVariables !== false,
    bindingType: bindingType === 'deployment' ? 'deployment' : 'latest',
  };
}

/** Compiles one flow node; problems are collected, never thrown, so that a deployment reports them all. */
export function compileElement(element: BpmnElement, problems: Problem[]): CompiledElement | undefined {
  const id = element.id ?? '(no id)';
  const unsupported = unsupportedTypes[element.$type];
  if (unsupported) {
    problems.push({ elementId: id, message: `${unsupported} are not supported by the embedded engine` });
    return undefined;
  }
  let kind = kinds[element.$type];
  if (!kind) {
    problems.push({ elementId: id, message: `the element type ${element.$type} is not supported by the embedded engine` });
    return undefined;
  }
  if (kind === 'subProcess' && element.triggeredByEvent) kind = 'eventSubProcess';
  for (const value of element.extensionElements?.values ?? []) {
    if (value.$type === 'zeebe:ExecutionListeners' || value.$type === 'zeebe:TaskListeners') {
      problems.push({ elementId: id, message: `${value.$type === 'zeebe:ExecutionListeners' ? 'execution' : 'task'} listeners are not supported by the embedded engine` });
    } else if (value.$type === 'zeebe:CalledDecision') {
      problems.push({ elementId: id, message: 'DMN decisions (zeebe:calledDecision) are not supported by the embedded engine; use a job worker' });
    } else if (value.$type.startsWith('zeebe:') && !knownExtensions.has(value.$type)) {
      problems.push({ elementId: id, message: `the extension ${value.$type} is not supported by the embedded engine` });
    }
  }
  if (element.isForCompensation) problems.push({ elementId: id, message: 'compensation is not supported by the embedded engine' });

  const definitions = element.eventDefinitions ?? [];
  if (definitions.length > 1) problems.push({ elementId: id, message: 'events with several event definitions are not supported' });
  const definition = definitions[0];
  if (definition && unsupportedTypes[definition.$type]) {
    problems.push({ elementId: id, message: `${unsupportedTypes[definition.$type]} are not supported by the embedded engine` });
    return undefined;
  }
  const event: EventKind | undefined = kind.endsWith('Event') ? (definition ? eventKinds[definition.$type] : 'none') : undefined;
  if (kind.endsWith('Event') && event === undefined) {
    problems.push({ elementId: id, message: `the event definition ${definition?.$type} is not supported` });
    return undefined;
  }

  const io = extension(element, 'IoMapping');
  let message: MessageDefinition | undefined;
  // Message throw events are job-based, like send tasks: Zeebe needs no message reference for them.
  const throwsMessage = event === 'message' && (kind === 'intermediateThrowEvent' || kind === 'endEvent');
  if ((event === 'message' && !throwsMessage) || kind === 'receiveTask') {
    const messageElement = (definition ?? element).messageRef;
    if (!messageElement?.name) {
      problems.push({ elementId: id, message: 'a message event or receive task needs a message with a name' });
    } else {
      const subscription = extension(messageElement, 'Subscription');
      message = { name: parseExpression(messageElement.name), correlationKey: subscription?.correlationKey ? parseExpression(subscription.correlationKey) : undefined };
    }
  }
  const timer = event === 'timer' && definition ? timerOf(definition) : undefined;
  if (event === 'timer' && !timer) problems.push({ elementId: id, message: 'a timer event needs a duration, a date or a cycle' });

  const code = (reference: BpmnElement | undefined, attribute: string | undefined) => (reference && attribute !== undefined && attribute !== '' ? parseExpression(attribute) : undefined);
  const scriptDefinition = extension(element, 'Script');
  const userTaskElement = kind === 'userTask';
  return {
    id,
    kind,
    name: element.name,
    event,
    interrupting: kind === 'boundaryEvent' ? element.cancelActivity !== false : element.isInterrupting !== false,
    inputs: mappings(io?.inputParameters, problems, id),
    outputs: mappings(io?.outputParameters, problems, id),
    job: userTaskElement ? undefined : jobOf(element, problems, id),
    userTask: userTaskElement ? userTaskOf(element) : undefined,
    message,
    timer,
    errorCode: event === 'error' ? code(definition?.errorRef, definition?.errorRef?.errorCode) : undefined,
    escalationCode: event === 'escalation' ? code(definition?.escalationRef, definition?.escalationRef?.escalationCode) : undefined,
    linkName: event === 'link' ? (definition?.name ?? undefined) : undefined,
    script: scriptDefinition?.expression ? { expression: parseExpression(scriptDefinition.expression), resultVariable: scriptDefinition.resultVariable ?? '' } : undefined,
    called: kind === 'callActivity' ? calledOf(element, problems, id) : undefined,
    loop: loopOf(element, problems, id),
  };
}
