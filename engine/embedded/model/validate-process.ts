import type { Problem } from './compile-element.js';
import type { Expression } from './expression.js';
import type { ElementModel } from './process-model.js';

const gatewayKinds = new Set(['exclusiveGateway', 'inclusiveGateway', 'parallelGateway', 'eventBasedGateway']);

function codeKey(code: Expression | undefined): string {
  if (!code) return '(catch-all)';
  return code.kind === 'static' ? code.text : `=${code.source}`;
}

function checkUniqueCatchCodes(scopeId: string, catchers: readonly ElementModel[], problems: Problem[]): void {
  for (const kind of ['error', 'escalation'] as const) {
    const seen = new Set<string>();
    for (const catcher of catchers) {
      const event = catcher.kind === 'eventSubProcess' ? catcher.startEvent : catcher;
      if (event?.event !== kind) continue;
      const code = codeKey(kind === 'error' ? event.errorCode : event.escalationCode);
      if (seen.has(code)) problems.push({ elementId: event.id, message: `${scopeId} has two ${kind} catch events for ${code}` });
      seen.add(code);
    }
  }
}

function checkStartEvents(scope: ElementModel, problems: Problem[]): void {
  const starts = scope.children.filter((child) => child.kind === 'startEvent');
  if (scope.kind === 'process') {
    if (starts.filter((start) => start.event === 'none').length > 1) problems.push({ elementId: scope.id, message: 'a process can have only one none start event' });
    if (starts.length === 0) problems.push({ elementId: scope.id, message: 'the process has no start event' });
    const messageNames = new Set<string>();
    for (const start of starts) {
      if (start.event !== 'none' && start.event !== 'message' && start.event !== 'timer') {
        problems.push({ elementId: start.id, message: `a process cannot start with a ${start.event} start event` });
      }
      if (start.event === 'timer' && start.timer?.type === 'duration') {
        problems.push({ elementId: start.id, message: 'a timer start event needs a date or a cycle, not a duration' });
      }
      if (start.event === 'message' && start.message) {
        const name = codeKey(start.message.name);
        if (messageNames.has(name)) problems.push({ elementId: start.id, message: `two message start events for the message ${name}` });
        messageNames.add(name);
      }
    }
  } else if (scope.kind === 'subProcess') {
    if (starts.length !== 1 || starts[0]?.event !== 'none') problems.push({ elementId: scope.id, message: 'an embedded sub-process needs exactly one none start event' });
  } else if (scope.kind === 'eventSubProcess') {
    const start = starts[0];
    if (starts.length !== 1 || !start) {
      problems.push({ elementId: scope.id, message: 'an event sub-process needs exactly one start event' });
    } else if (!['timer', 'message', 'error', 'escalation'].includes(start.event ?? '')) {
      problems.push({ elementId: start.id, message: 'an event sub-process must start with a timer, message, error or escalation event' });
    } else if (start.event === 'error' && !start.interrupting) {
      problems.push({ elementId: start.id, message: 'an error event sub-process must be interrupting' });
    }
    if (scope.incoming.length > 0 || scope.outgoing.length > 0) problems.push({ elementId: scope.id, message: 'an event sub-process cannot have sequence flows' });
  }
}

function checkEvent(element: ElementModel, problems: Problem[]): void {
  const problem = (message: string) => problems.push({ elementId: element.id, message });
  const { kind, event } = element;
  const needsCorrelation = element.message && !element.message.correlationKey && !(kind === 'startEvent');
  if (needsCorrelation) problem('a message catch event needs a correlation key (zeebe:subscription)');
  if (kind === 'boundaryEvent') {
    if (!['timer', 'message', 'error', 'escalation'].includes(event ?? '')) problem(`${event} boundary events are not supported`);
    if (event === 'error' && !element.interrupting) problem('an error boundary event must be interrupting');
    if (event === 'timer' && element.interrupting && element.timer?.type === 'cycle') problem('an interrupting timer boundary event needs a duration or a date, not a cycle');
  }
  if (kind === 'intermediateCatchEvent' && !['message', 'timer', 'link'].includes(event ?? '')) problem(`${event} intermediate catch events are not supported`);
  if (kind === 'intermediateThrowEvent' && !['none', 'message', 'escalation', 'link'].includes(event ?? '')) problem(`${event} intermediate throw events are not supported`);
  if (kind === 'endEvent' && !['none', 'error', 'escalation', 'terminate', 'message'].includes(event ?? '')) problem(`${event} end events are not supported`);
  if ((kind === 'intermediateThrowEvent' || kind === 'endEvent') && event === 'message' && !element.job) problem('a message throw event needs a job (zeebe:taskDefinition)');
  if (kind === 'endEvent' && event === 'error' && !element.errorCode) problem('an error end event needs an error with an error code');
  if (kind === 'intermediateThrowEvent' && event === 'escalation' && !element.escalationCode) problem('an escalation throw event needs an escalation with a code');
  if (kind === 'endEvent' && event === 'escalation' && !element.escalationCode) problem('an escalation end event needs an escalation with a code');
  if (event === 'link' && !element.linkName) problem('a link event needs a name');
}

function checkTask(element: ElementModel, problems: Problem[]): void {
  const problem = (message: string) => problems.push({ elementId: element.id, message });
  switch (element.kind) {
    case 'serviceTask':
    case 'sendTask':
      if (!element.job) problem(`a ${element.kind === 'serviceTask' ? 'service' : 'send'} task needs a job type (zeebe:taskDefinition)`);
      break;
    case 'businessRuleTask':
      if (!element.job) problem('a business rule task needs a job type (zeebe:taskDefinition); DMN decisions are not supported');
      break;
    case 'scriptTask':
      if (!element.job && !element.script) problem('a script task needs a FEEL expression (zeebe:script) or a job type');
      if (element.script && !element.script.resultVariable) problem('a script task needs a result variable');
      break;
    case 'receiveTask':
      if (!element.message) problem('a receive task needs a message');
      break;
    default:
  }
}

function checkFlows(element: ElementModel, elements: ReadonlyMap<string, ElementModel>, problems: Problem[]): void {
  const problem = (message: string) => problems.push({ elementId: element.id, message });
  const isGateway = gatewayKinds.has(element.kind);
  if (!isGateway || element.kind === 'parallelGateway' || element.kind === 'eventBasedGateway') {
    for (const flow of element.outgoing) {
      if (flow.condition) problems.push({ elementId: flow.id, message: 'conditions are supported only on sequence flows leaving an exclusive or inclusive gateway' });
    }
  }
  if ((element.kind === 'exclusiveGateway' || element.kind === 'inclusiveGateway') && element.outgoing.length > 1) {
    for (const flow of element.outgoing) {
      if (!flow.condition && flow.id !== element.defaultFlowId) problems.push({ elementId: flow.id, message: 'a sequence flow leaving a gateway with several outgoing flows needs a condition or must be the default flow' });
    }
  }
  if (element.kind === 'eventBasedGateway') {
    if (element.outgoing.length < 2) problem('an event-based gateway needs at least two outgoing sequence flows');
    const messages = new Set<string>();
    for (const flow of element.outgoing) {
      const target = elements.get(flow.targetId);
      // As Zeebe: intermediate catch events only (a receive task is rejected there too).
      const valid = target && target.kind === 'intermediateCatchEvent' && (target.event === 'message' || target.event === 'timer');
      if (!valid) problems.push({ elementId: flow.id, message: 'an event-based gateway may lead only to message or timer intermediate catch events' });
      else if (target.incoming.length > 1) problems.push({ elementId: target.id, message: 'an event after an event-based gateway must have only that gateway as incoming flow' });
      if (valid && target.message) {
        const name = codeKey(target.message.name);
        if (messages.has(name)) problems.push({ elementId: target.id, message: `an event-based gateway waits twice for the message ${name}` });
        messages.add(name);
      }
    }
  }
}

function checkLinks(scope: ElementModel, problems: Problem[]): void {
  const catches = new Map<string, string>();
  for (const child of scope.children) {
    if (child.kind === 'intermediateCatchEvent' && child.event === 'link' && child.linkName) {
      if (catches.has(child.linkName)) problems.push({ elementId: child.id, message: `two link catch events named ${child.linkName}` });
      catches.set(child.linkName, child.id);
    }
  }
  for (const child of scope.children) {
    if (child.kind === 'intermediateThrowEvent' && child.event === 'link' && child.linkName && !catches.has(child.linkName)) {
      problems.push({ elementId: child.id, message: `no link catch event named ${child.linkName} in the same scope` });
    }
  }
}

/** The rules Zeebe checks at deployment, for the elements the embedded engine supports. */
export function validateProcess(elements: ReadonlyMap<string, ElementModel>, problems: Problem[]): void {
  for (const element of elements.values()) {
    if (element.kind === 'process' || element.kind === 'subProcess' || element.kind === 'eventSubProcess') {
      checkStartEvents(element, problems);
      checkLinks(element, problems);
      checkUniqueCatchCodes(element.id, element.eventSubProcesses, problems);
    }
    checkUniqueCatchCodes(element.id, element.boundaryEvents, problems);
    if (element.event !== undefined) checkEvent(element, problems);
    checkTask(element, problems);
    checkFlows(element, elements, problems);
    if (element.loop && !['serviceTask', 'sendTask', 'businessRuleTask', 'scriptTask', 'userTask', 'receiveTask', 'manualTask', 'task', 'subProcess', 'callActivity'].includes(element.kind)) {
      problems.push({ elementId: element.id, message: 'only activities can be multi-instance' });
    }
  }
}
