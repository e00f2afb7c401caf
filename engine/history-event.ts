import type { Variables } from './variables.js';

export type HistoryEventKind =
  | 'ELEMENT_ACTIVATED'
  | 'ELEMENT_COMPLETED'
  | 'ELEMENT_TERMINATED'
  | 'SEQUENCE_FLOW_TAKEN'
  | 'VARIABLES_SET'
  | 'JOB_FAILED'
  | 'INCIDENT_CREATED'
  | 'INCIDENT_RESOLVED'
  | 'USER_TASK_ASSIGNED';

/** One step of an instance's path, enough to draw it on the diagram and to audit who did what. */
export interface HistoryEvent {
  readonly key: string;
  readonly kind: HistoryEventKind;
  readonly processInstanceKey: string;
  readonly elementInstanceKey: string | undefined;
  /** The BPMN element (or sequence flow) id. */
  readonly elementId: string | undefined;
  readonly elementType: string | undefined;
  readonly at: Date;
  /** Who caused it: a user id, `worker:<type>` or `engine` for timers and internal steps. */
  readonly actor: string | undefined;
  /** Variables set by this step, when any. */
  readonly variables: Variables | undefined;
  /** Free text: an incident's message, a failure's message, the assignee. */
  readonly detail: string | undefined;
}
