/**
 * The parts of bpmn-moddle's object graph that the compiler reads. Moddle builds these objects
 * from the XML; every property is optional because the XML may omit it.
 */
export interface BpmnElement {
  readonly $type: string;
  readonly id?: string;
  readonly name?: string;
  readonly isExecutable?: boolean;
  readonly rootElements?: readonly BpmnElement[];
  readonly flowElements?: readonly BpmnElement[];
  readonly extensionElements?: { readonly values?: readonly BpmnElement[] };
  readonly eventDefinitions?: readonly BpmnElement[];
  readonly loopCharacteristics?: BpmnElement;
  readonly sourceRef?: BpmnElement;
  readonly targetRef?: BpmnElement;
  readonly conditionExpression?: { readonly body?: string };
  readonly completionCondition?: { readonly body?: string };
  readonly default?: BpmnElement;
  readonly attachedToRef?: BpmnElement;
  readonly cancelActivity?: boolean;
  readonly isInterrupting?: boolean;
  readonly triggeredByEvent?: boolean;
  readonly isSequential?: boolean;
  readonly isForCompensation?: boolean;
  readonly messageRef?: BpmnElement;
  readonly errorRef?: BpmnElement;
  readonly escalationRef?: BpmnElement;
  readonly signalRef?: BpmnElement;
  readonly errorCode?: string;
  readonly escalationCode?: string;
  readonly timeDuration?: { readonly body?: string };
  readonly timeDate?: { readonly body?: string };
  readonly timeCycle?: { readonly body?: string };
  // zeebe:* extension elements
  readonly type?: string;
  readonly retries?: string;
  readonly values?: readonly BpmnElement[];
  readonly key?: string;
  readonly value?: string;
  readonly inputParameters?: readonly BpmnElement[];
  readonly outputParameters?: readonly BpmnElement[];
  readonly source?: string;
  readonly target?: string;
  readonly correlationKey?: string;
  readonly processId?: string;
  readonly propagateAllChildVariables?: boolean;
  readonly propagateAllParentVariables?: boolean;
  readonly bindingType?: string;
  readonly inputCollection?: string;
  readonly inputElement?: string;
  readonly outputCollection?: string;
  readonly outputElement?: string;
  readonly assignee?: string;
  readonly candidateGroups?: string;
  readonly candidateUsers?: string;
  readonly dueDate?: string;
  readonly followUpDate?: string;
  readonly priority?: string | number;
  readonly formKey?: string;
  readonly formId?: string;
  readonly expression?: string;
  readonly resultVariable?: string;
}
