/**
 * Properties and extension elements as the Zeebe properties panel labels them. The panel is in
 * English, so Persian messages quote these labels too: the designer finds the field by its label.
 */
const PROPERTY_LABELS: Readonly<Record<string, string>> = {
  'TaskDefinition.type': 'Task definition type',
  'TaskDefinition.retries': 'Retries',
  'CalledElement.processId': 'Called element',
  'Error.errorCode': 'Error code',
  'Escalation.escalationCode': 'Escalation code',
  'LoopCharacteristics.inputCollection': 'Input collection',
  'LoopCharacteristics.inputElement': 'Input element',
  'LoopCharacteristics.outputCollection': 'Output collection',
  'LoopCharacteristics.outputElement': 'Output element',
  'LoopCharacteristics.completionCondition': 'Completion condition',
  'Message.name': 'Message name',
  'Signal.name': 'Signal name',
  'Subscription.correlationKey': 'Subscription correlation key',
  'Script.expression': 'FEEL expression',
  'Script.resultVariable': 'Result variable',
  'CalledDecision.decisionId': 'Called decision ID',
  'CalledDecision.resultVariable': 'Result variable',
  'Input.source': 'Variable assignment value',
  'Input.target': 'Local variable name',
  'Output.source': 'Variable assignment value',
  'Output.target': 'Process variable name',
  'Process.isExecutable': 'Executable',
  'Header.key': 'Key',
  'LinkEventDefinition.name': 'Name',
  'AssignmentDefinition.candidateUsers': 'Candidate users',
  'AssignmentDefinition.candidateGroups': 'Candidate groups',
  'FormDefinition.formKey': 'Form key',
  'FormDefinition.formId': 'Form ID',
  'FormDefinition.externalReference': 'External reference',
  'ExecutionListener.type': 'Listener type',
  'SequenceFlow.conditionExpression': 'Condition expression',
  'FormalExpression.timeCycle': 'Value',
  'FormalExpression.timeDate': 'Value',
  'FormalExpression.timeDuration': 'Value',
  'TimerEventDefinition.timeCycle': 'Cycle',
  'TimerEventDefinition.timeDate': 'Date',
  'TimerEventDefinition.timeDuration': 'Duration',
};

const GENERIC_LABELS: Readonly<Record<string, string>> = {
  errorRef: 'Global error reference',
  messageRef: 'Global message reference',
  signalRef: 'Global signal reference',
  escalationRef: 'Global escalation reference',
  conditionExpression: 'Condition expression',
  modelerTemplate: 'Template',
  incoming: 'Incoming flows',
  name: 'Name',
};

const EXTENSION_LABELS: Readonly<Record<string, string>> = {
  'zeebe:TaskDefinition': 'Task definition type',
  'zeebe:Subscription': 'Subscription correlation key',
  'zeebe:CalledElement': 'Called element',
  'zeebe:LoopCharacteristics': 'Input collection',
  'zeebe:FormDefinition': 'Form',
  'zeebe:CalledDecision': 'Implementation: DMN decision',
  'zeebe:Script': 'Implementation: FEEL expression',
  'zeebe:Properties': 'Extension properties',
  'zeebe:UserTask': 'Implementation: Camunda user task',
  'zeebe:TaskSchedule': 'Due date / Follow up date',
  'zeebe:PriorityDefinition': 'Priority',
  'zeebe:JobPriorityDefinition': 'Job priority',
  'zeebe:ExecutionListeners': 'Execution listeners',
  'zeebe:TaskListeners': 'Task listeners',
  'zeebe:VersionTag': 'Version tag',
  'zeebe:AssignmentDefinition': 'Assignment',
  'zeebe:IoMapping': 'Input/Output mapping',
  'zeebe:TaskHeaders': 'Headers',
};

const TIMER_PROPERTIES = ['timeCycle', 'timeDate', 'timeDuration'];

const words = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());

/** The label of `property` of an element of moddle type `type` (`zeebe:TaskDefinition`, `type` → "Task definition type"). */
export function propertyLabel(type: string | undefined, property: unknown): string {
  if (Array.isArray(property)) {
    if (property.some((name) => TIMER_PROPERTIES.includes(String(name)))) return 'Timer type';
    return property.map((name) => propertyLabel(type, name)).join(' / ');
  }
  const name = String(property);
  const local = type === undefined ? '' : type.slice(type.indexOf(':') + 1);
  return PROPERTY_LABELS[`${local}.${name}`] ?? GENERIC_LABELS[name] ?? words(name);
}

/** The label of an extension element (or of the first of several alternatives). */
export function extensionLabel(extension: unknown): string {
  const type = Array.isArray(extension) ? String(extension[0]) : typeof extension === 'string' ? extension : (extension as { $type?: string } | undefined)?.$type ?? '';
  return EXTENSION_LABELS[type] ?? words(type.slice(type.indexOf(':') + 1));
}
