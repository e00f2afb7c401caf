import type { HistoryEvent } from '../../../engine/history-event.js';
import type { Incident } from '../../../engine/incident.js';
import type { PathIncident, PathStep } from '../../contract/processes.js';

export interface DrawnPath {
  readonly completedElementIds: string[];
  readonly activeElementIds: string[];
  readonly terminatedElementIds: string[];
  readonly takenFlowIds: string[];
  readonly incidents: PathIncident[];
  readonly steps: PathStep[];
}

const STEP_KINDS: Partial<Record<HistoryEvent['kind'], PathStep['kind']>> = {
  ELEMENT_ACTIVATED: 'activated',
  ELEMENT_COMPLETED: 'completed',
  ELEMENT_TERMINATED: 'terminated',
  SEQUENCE_FLOW_TAKEN: 'flowTaken',
  INCIDENT_CREATED: 'incident',
  INCIDENT_RESOLVED: 'incidentResolved',
};

/**
 * An instance's path from its history, for drawing: what completed, where tokens wait now (element
 * instances activated and not yet left), what was cut short, which flows were taken, and the open
 * incidents. The process itself is left out: it is the whole diagram.
 */
export function instancePathOf(history: readonly HistoryEvent[], openIncidents: readonly Incident[]): DrawnPath {
  const completed = new Set<string>();
  const terminated = new Set<string>();
  const flows = new Set<string>();
  const open = new Map<string, string>();
  const steps: PathStep[] = [];
  const ordered = [...history].sort((a, b) => a.at.getTime() - b.at.getTime() || compareKeys(a.key, b.key));
  for (const event of ordered) {
    const kind = STEP_KINDS[event.kind];
    if (kind === undefined || event.elementId === undefined || event.elementType === 'process') continue;
    steps.push({ elementId: event.elementId, elementType: event.elementType ?? null, kind, at: event.at.toISOString(), actor: event.actor ?? null });
    const instanceKey = event.elementInstanceKey ?? `${event.elementId}@${event.key}`;
    switch (event.kind) {
      case 'ELEMENT_ACTIVATED':
        open.set(instanceKey, event.elementId);
        break;
      case 'ELEMENT_COMPLETED':
        open.delete(instanceKey);
        completed.add(event.elementId);
        break;
      case 'ELEMENT_TERMINATED':
        open.delete(instanceKey);
        terminated.add(event.elementId);
        break;
      case 'SEQUENCE_FLOW_TAKEN':
        flows.add(event.elementId);
        break;
      default:
    }
  }
  const active = new Set(open.values());
  return {
    completedElementIds: [...completed],
    activeElementIds: [...active],
    // Left without completing, and never completed on another pass.
    terminatedElementIds: [...terminated].filter((id) => !completed.has(id) && !active.has(id)),
    takenFlowIds: [...flows],
    incidents: openIncidents.map((incident) => ({ elementId: incident.elementId, type: incident.type, message: incident.message, createdAt: incident.createdAt.toISOString() })),
    steps,
  };
}

/** Engine keys are decimal strings that grow; compare them as numbers of any length. */
function compareKeys(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
