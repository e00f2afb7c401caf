/** GET/PUT /api/admin/settings */
export interface AdminSettings {
  /** Where tickets go when no routing rule matches; its operators route them by hand. */
  readonly messageCenterPositionId: number | null;
  /** Whose cartable holds resolved tickets awaiting the requester's feedback. */
  readonly feedbackAgentsPositionId: number | null;
  readonly feedbackPolicy: {
    /** A score at or below this sends the ticket back for rework; 0 never does. */
    readonly unsatisfiedAtOrBelow: number;
    /** Calls before the ticket is closed as "no feedback". */
    readonly maxAttempts: number;
  };
  readonly escalationPolicy: {
    readonly clock: 'response' | 'resolution';
    readonly firstAfterMinutes: number;
    readonly repeatEveryMinutes: number;
    readonly maxEscalations: number;
  };
}
