import type { HistoryEvent, HistoryEventKind } from '../history-event.js';
import type { RestElementInstance, RestIncident } from './rest-types.js';

// Events at the same instant are told in the order they happen in.
const order: Record<HistoryEventKind, number> = {
  INCIDENT_RESOLVED: 0,
  ELEMENT_ACTIVATED: 1,
  VARIABLES_SET: 2,
  USER_TASK_ASSIGNED: 3,
  JOB_FAILED: 4,
  INCIDENT_CREATED: 5,
  SEQUENCE_FLOW_TAKEN: 6,
  ELEMENT_COMPLETED: 7,
  ELEMENT_TERMINATED: 8,
};

function event(kind: HistoryEventKind, key: string, processInstanceKey: string, fields: Partial<HistoryEvent> & { at: Date }): HistoryEvent {
  return {
    key,
    kind,
    processInstanceKey,
    elementInstanceKey: undefined,
    elementId: undefined,
    elementType: undefined,
    actor: undefined,
    variables: undefined,
    detail: undefined,
    ...fields,
  };
}

/**
 * An instance's path rebuilt from what the REST API keeps: when each element instance began and
 * ended, and when incidents were raised. Zeebe's secondary storage keeps no times for variable
 * changes, taken sequence flows, assignments or incident resolutions, nor who caused a step.
 */
export function buildHistory(processInstanceKey: string, elements: readonly RestElementInstance[], incidents: readonly RestIncident[]): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  for (const element of elements) {
    const elementInstanceKey = String(element.elementInstanceKey);
    const fields = { elementInstanceKey, elementId: String(element.elementId), elementType: element.type };
    events.push(event('ELEMENT_ACTIVATED', `${elementInstanceKey}:activated`, processInstanceKey, { ...fields, at: new Date(element.startDate) }));
    if (element.endDate && element.state !== 'ACTIVE') {
      const kind = element.state === 'TERMINATED' ? 'ELEMENT_TERMINATED' : 'ELEMENT_COMPLETED';
      events.push(event(kind, `${elementInstanceKey}:ended`, processInstanceKey, { ...fields, at: new Date(element.endDate) }));
    }
  }
  for (const incident of incidents) {
    if (!incident.creationTime) continue;
    events.push(
      event('INCIDENT_CREATED', `${String(incident.incidentKey)}:incident`, processInstanceKey, {
        at: new Date(incident.creationTime),
        elementInstanceKey: incident.elementInstanceKey ? String(incident.elementInstanceKey) : undefined,
        elementId: incident.elementId ? String(incident.elementId) : undefined,
        detail: incident.errorMessage,
      }),
    );
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || order[a.kind] - order[b.kind] || a.key.localeCompare(b.key));
}
