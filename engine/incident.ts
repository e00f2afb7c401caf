/** The kinds of incident Zeebe raises, with the same names. */
export type IncidentType =
  | 'JOB_NO_RETRIES'
  | 'UNHANDLED_ERROR_EVENT'
  | 'CONDITION_ERROR'
  | 'EXTRACT_VALUE_ERROR'
  | 'IO_MAPPING_ERROR'
  | 'CALLED_ELEMENT_ERROR'
  | 'UNKNOWN';

export interface Incident {
  readonly key: string;
  readonly type: IncidentType;
  readonly message: string;
  readonly processInstanceKey: string;
  readonly bpmnProcessId: string;
  readonly elementId: string;
  readonly elementInstanceKey: string;
  readonly jobKey: string | undefined;
  readonly state: 'ACTIVE' | 'RESOLVED';
  readonly createdAt: Date;
}

export interface IncidentQuery {
  readonly processInstanceKey?: string;
  /** Defaults to ACTIVE. */
  readonly state?: 'ACTIVE' | 'RESOLVED';
}
