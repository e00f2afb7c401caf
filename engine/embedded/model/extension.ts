import type { BpmnElement } from './bpmn-element.js';

/** The first `zeebe:<Type>` extension element of an element, if any. */
export function extension(element: BpmnElement | undefined, type: string): BpmnElement | undefined {
  return element?.extensionElements?.values?.find((value) => value.$type === `zeebe:${type}`);
}

/** Extension types the embedded engine reads or safely ignores; any other zeebe:* extension is rejected. */
export const knownExtensions = new Set([
  'zeebe:TaskDefinition',
  'zeebe:TaskHeaders',
  'zeebe:IoMapping',
  'zeebe:Subscription',
  'zeebe:LoopCharacteristics',
  'zeebe:CalledElement',
  'zeebe:AssignmentDefinition',
  'zeebe:TaskSchedule',
  'zeebe:PriorityDefinition',
  'zeebe:FormDefinition',
  'zeebe:UserTaskForm',
  'zeebe:UserTask',
  'zeebe:Script',
  'zeebe:Properties',
  'zeebe:VersionTag',
  'zeebe:JobPriorityDefinition',
  'zeebe:LinkedResources',
]);

/** Reads `zeebe:taskHeaders` as a plain record. */
export function headersOf(element: BpmnElement): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const header of extension(element, 'TaskHeaders')?.values ?? []) {
    if (header.key !== undefined) headers[header.key] = header.value ?? '';
  }
  return headers;
}
