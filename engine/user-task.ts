export type UserTaskState = 'CREATED' | 'COMPLETED' | 'CANCELED';

export interface UserTask {
  readonly key: string;
  readonly processInstanceKey: string;
  readonly processDefinitionKey: string;
  readonly bpmnProcessId: string;
  readonly elementId: string;
  readonly elementInstanceKey: string;
  readonly name: string | undefined;
  readonly assignee: string | undefined;
  readonly candidateGroups: readonly string[];
  readonly candidateUsers: readonly string[];
  /** ISO 8601 date-times from `zeebe:taskSchedule`. */
  readonly dueDate: string | undefined;
  readonly followUpDate: string | undefined;
  readonly formKey: string | undefined;
  readonly priority: number;
  readonly customHeaders: Readonly<Record<string, string>>;
  readonly state: UserTaskState;
  readonly createdAt: Date;
}

export interface UserTaskQuery {
  /** Tasks offered to any of these groups. */
  readonly candidateGroups?: readonly string[];
  /** Tasks offered to this user. */
  readonly candidateUser?: string;
  readonly assignee?: string;
  readonly processInstanceKey?: string;
  readonly bpmnProcessId?: string;
  readonly elementId?: string;
  /** Defaults to CREATED (open tasks). */
  readonly state?: UserTaskState;
  readonly limit?: number;
  readonly offset?: number;
}
