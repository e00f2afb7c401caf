import { BpmnModdle } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { DeploymentRejectedError } from '../../engine-errors.js';
import type { BpmnElement } from './bpmn-element.js';
import { compileElement, isIgnored, type CompiledElement, type Problem } from './compile-element.js';
import { parseFeel } from './expression.js';
import type { ElementModel, FlowModel, ProcessModel } from './process-model.js';
import { computeReachability } from './reachability.js';
import { validateProcess } from './validate-process.js';

const moddle = new BpmnModdle({ zeebe });

type MutableElement = { -readonly [K in keyof ElementModel]: ElementModel[K] } & {
  boundaryEvents: ElementModel[];
  children: ElementModel[];
  eventSubProcesses: ElementModel[];
  incoming: FlowModel[];
  outgoing: FlowModel[];
};

function emptyElement(compiled: CompiledElement, scopeId: string | undefined): MutableElement {
  return {
    ...compiled,
    scopeId,
    incoming: [],
    outgoing: [],
    defaultFlowId: undefined,
    attachedToId: undefined,
    boundaryEvents: [],
    children: [],
    noneStartEvent: undefined,
    eventSubProcesses: [],
    startEvent: undefined,
  };
}

function compileProcess(process: BpmnElement, problems: Problem[]): ProcessModel | undefined {
  const processId = process.id ?? '';
  const elements = new Map<string, MutableElement>();
  const flows = new Map<string, FlowModel>();
  const root = emptyElement(
    { id: processId, kind: 'process', name: process.name, event: undefined, interrupting: true, inputs: [], outputs: [], job: undefined, userTask: undefined, message: undefined, timer: undefined, errorCode: undefined, escalationCode: undefined, linkName: undefined, script: undefined, called: undefined, loop: undefined },
    undefined,
  );
  elements.set(processId, root);
  const boundaries: Array<[MutableElement, BpmnElement]> = [];
  const defaults: Array<[MutableElement, string]> = [];

  function visitScope(container: BpmnElement, scope: MutableElement): void {
    for (const child of container.flowElements ?? []) {
      if (child.$type === 'bpmn:SequenceFlow') {
        const condition = child.conditionExpression?.body?.trim();
        flows.set(child.id ?? '', {
          id: child.id ?? '',
          sourceId: child.sourceRef?.id ?? '',
          targetId: child.targetRef?.id ?? '',
          condition: condition ? parseFeel(condition) : undefined,
        });
        continue;
      }
      if (isIgnored(child)) continue;
      const compiled = compileElement(child, problems);
      if (!compiled) continue;
      if (elements.has(compiled.id)) {
        problems.push({ elementId: compiled.id, message: 'the id is used twice' });
        continue;
      }
      const element = emptyElement(compiled, scope.id);
      elements.set(element.id, element);
      if (child.default?.id) defaults.push([element, child.default.id]);
      if (element.kind === 'boundaryEvent') {
        boundaries.push([element, child]);
        continue;
      }
      if (element.kind === 'eventSubProcess') scope.eventSubProcesses.push(element);
      else scope.children.push(element);
      if (element.kind === 'subProcess' || element.kind === 'eventSubProcess') visitScope(child, element);
    }
  }
  visitScope(process, root);

  for (const [boundary, source] of boundaries) {
    const activityId = source.attachedToRef?.id;
    const activity = activityId ? elements.get(activityId) : undefined;
    if (!activity) {
      problems.push({ elementId: boundary.id, message: 'the boundary event is not attached to a known activity' });
      continue;
    }
    boundary.attachedToId = activity.id;
    boundary.scopeId = activity.scopeId;
    activity.boundaryEvents.push(boundary);
  }
  for (const flow of flows.values()) {
    const source = elements.get(flow.sourceId);
    const target = elements.get(flow.targetId);
    if (!source || !target) {
      problems.push({ elementId: flow.id, message: 'the sequence flow connects an element that is not part of the process' });
      continue;
    }
    source.outgoing.push(flow);
    target.incoming.push(flow);
  }
  for (const [element, flowId] of defaults) element.defaultFlowId = flowId;
  for (const element of elements.values()) {
    if (element.kind === 'process' || element.kind === 'subProcess') {
      element.noneStartEvent = element.children.find((child) => child.kind === 'startEvent' && child.event === 'none');
    }
    if (element.kind === 'eventSubProcess') element.startEvent = element.children.find((child) => child.kind === 'startEvent');
  }

  const before = problems.length;
  validateProcess(elements, problems);
  if (problems.length > before) return undefined;
  return { bpmnProcessId: processId, name: process.name, root, elements, flows, reachable: computeReachability(elements) };
}

/** The executable processes of one BPMN file, compiled; a model with anything unsupported is rejected whole. */
export async function compileDefinitions(resourceName: string, xml: string): Promise<ProcessModel[]> {
  let definitions: BpmnElement;
  let warnings: ReadonlyArray<{ message: string }>;
  try {
    const result = await moddle.fromXML(xml);
    definitions = result.rootElement as unknown as BpmnElement;
    warnings = result.warnings;
  } catch (error) {
    throw new DeploymentRejectedError(resourceName, [{ elementId: '(file)', message: `not a BPMN file: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const problems: Problem[] = warnings.map((warning) => ({ elementId: '(file)', message: warning.message.split('\n')[0] ?? warning.message }));
  const processes = (definitions.rootElements ?? []).filter((element) => element.$type === 'bpmn:Process' && element.isExecutable);
  if (processes.length === 0) problems.push({ elementId: '(file)', message: 'no executable process (isExecutable="true")' });
  const models = processes.map((process) => compileProcess(process, problems));
  if (problems.length > 0) throw new DeploymentRejectedError(resourceName, problems);
  return models.filter((model): model is ProcessModel => model !== undefined);
}
