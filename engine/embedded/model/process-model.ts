import type { Expression } from './expression.js';

export type ElementKind =
  | 'process'
  | 'subProcess'
  | 'eventSubProcess'
  | 'callActivity'
  | 'serviceTask'
  | 'sendTask'
  | 'businessRuleTask'
  | 'scriptTask'
  | 'userTask'
  | 'receiveTask'
  | 'manualTask'
  | 'task'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'inclusiveGateway'
  | 'eventBasedGateway'
  | 'startEvent'
  | 'endEvent'
  | 'intermediateCatchEvent'
  | 'intermediateThrowEvent'
  | 'boundaryEvent';

/** The element type recorded for an element instance: the element's kind, or the multi-instance body around it. */
export type ElementInstanceType = ElementKind | 'multiInstanceBody';

export type EventKind = 'none' | 'message' | 'timer' | 'error' | 'escalation' | 'terminate' | 'link';

export interface Mapping {
  readonly source: Expression | undefined;
  readonly target: string;
}

export interface JobDefinition {
  readonly type: Expression;
  readonly retries: Expression;
  readonly headers: Readonly<Record<string, string>>;
}

export interface UserTaskDefinition {
  readonly assignee: Expression | undefined;
  readonly candidateGroups: Expression | undefined;
  readonly candidateUsers: Expression | undefined;
  readonly dueDate: Expression | undefined;
  readonly followUpDate: Expression | undefined;
  readonly priority: Expression | undefined;
  readonly formKey: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
}

export interface MessageDefinition {
  readonly name: Expression;
  readonly correlationKey: Expression | undefined;
}

export interface TimerDefinition {
  readonly type: 'duration' | 'date' | 'cycle';
  readonly value: Expression;
}

export interface CalledElement {
  readonly processId: Expression;
  readonly propagateAllChildVariables: boolean;
  readonly propagateAllParentVariables: boolean;
  readonly bindingType: 'latest' | 'deployment';
}

export interface LoopDefinition {
  readonly sequential: boolean;
  readonly inputCollection: Expression;
  readonly inputElement: string | undefined;
  readonly outputCollection: string | undefined;
  readonly outputElement: Expression | undefined;
  readonly completionCondition: Expression | undefined;
}

export interface FlowModel {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly condition: Expression | undefined;
}

/** One flow node, sub-process or the process itself, compiled once per deployed version. */
export interface ElementModel {
  readonly id: string;
  readonly kind: ElementKind;
  readonly name: string | undefined;
  /** Id of the enclosing process or sub-process; undefined for the process. */
  readonly scopeId: string | undefined;
  readonly incoming: readonly FlowModel[];
  readonly outgoing: readonly FlowModel[];
  readonly defaultFlowId: string | undefined;
  readonly event: EventKind | undefined;
  /** Boundary events: cancelActivity; start events of event sub-processes: isInterrupting. */
  readonly interrupting: boolean;
  readonly attachedToId: string | undefined;
  readonly boundaryEvents: readonly ElementModel[];
  /** Process and sub-processes: the flow nodes directly inside. */
  readonly children: readonly ElementModel[];
  readonly noneStartEvent: ElementModel | undefined;
  /** Process and sub-processes: the event sub-processes directly inside. */
  readonly eventSubProcesses: readonly ElementModel[];
  /** Event sub-processes: their single start event. */
  readonly startEvent: ElementModel | undefined;
  readonly inputs: readonly Mapping[];
  readonly outputs: readonly Mapping[];
  readonly job: JobDefinition | undefined;
  readonly userTask: UserTaskDefinition | undefined;
  readonly message: MessageDefinition | undefined;
  readonly timer: TimerDefinition | undefined;
  /** Throw events: the code to throw (may be an expression); catch events: the code caught, undefined for catch-all. */
  readonly errorCode: Expression | undefined;
  readonly escalationCode: Expression | undefined;
  readonly linkName: string | undefined;
  readonly script: { readonly expression: Expression; readonly resultVariable: string } | undefined;
  readonly called: CalledElement | undefined;
  readonly loop: LoopDefinition | undefined;
}

/** A deployed, executable process: its elements by id, ready to interpret. */
export interface ProcessModel {
  readonly bpmnProcessId: string;
  readonly name: string | undefined;
  readonly root: ElementModel;
  readonly elements: ReadonlyMap<string, ElementModel>;
  readonly flows: ReadonlyMap<string, FlowModel>;
  /** For inclusive joins: which elements can reach which (computed once). */
  readonly reachable: ReadonlyMap<string, ReadonlySet<string>>;
}
