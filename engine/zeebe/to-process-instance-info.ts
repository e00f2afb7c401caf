import type { ProcessInstanceInfo } from '../process-engine.js';
import type { RestProcessInstance } from './rest-types.js';

export function toProcessInstanceInfo(item: RestProcessInstance, businessKey: string | undefined): ProcessInstanceInfo {
  return {
    processInstanceKey: String(item.processInstanceKey),
    processDefinitionKey: String(item.processDefinitionKey),
    bpmnProcessId: String(item.processDefinitionId),
    version: item.processDefinitionVersion,
    businessKey,
    state: item.state,
    startedAt: new Date(item.startDate),
    endedAt: item.endDate ? new Date(item.endDate) : undefined,
    parentProcessInstanceKey: item.parentProcessInstanceKey ? String(item.parentProcessInstanceKey) : undefined,
  };
}
