import type { Incident, IncidentType } from '../incident.js';
import type { RestIncident, RestIncidentErrorType, RestIncidentState } from './rest-types.js';

const sameName: ReadonlySet<string> = new Set<IncidentType>([
  'JOB_NO_RETRIES',
  'UNHANDLED_ERROR_EVENT',
  'CONDITION_ERROR',
  'EXTRACT_VALUE_ERROR',
  'IO_MAPPING_ERROR',
  'CALLED_ELEMENT_ERROR',
]);

/** Zeebe's error types that the port names keep their name; the others (listeners, decisions, forms…) are UNKNOWN. */
export function toIncidentType(errorType: RestIncidentErrorType | undefined): IncidentType {
  return errorType !== undefined && sameName.has(errorType) ? (errorType as IncidentType) : 'UNKNOWN';
}

/** PENDING (being created) counts as active; MIGRATED (moved to another version) as resolved here. */
export function toIncidentState(state: RestIncidentState | undefined): Incident['state'] {
  return state === 'RESOLVED' || state === 'MIGRATED' ? 'RESOLVED' : 'ACTIVE';
}

export function toIncident(item: RestIncident): Incident {
  return {
    key: String(item.incidentKey ?? ''),
    type: toIncidentType(item.errorType),
    message: item.errorMessage ?? '',
    processInstanceKey: String(item.processInstanceKey ?? ''),
    bpmnProcessId: String(item.processDefinitionId ?? ''),
    elementId: String(item.elementId ?? ''),
    elementInstanceKey: String(item.elementInstanceKey ?? ''),
    jobKey: item.jobKey === undefined || item.jobKey === null ? undefined : String(item.jobKey),
    state: toIncidentState(item.state),
    createdAt: new Date(item.creationTime ?? 0),
  };
}
