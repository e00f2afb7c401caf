/** What the reports need to know of one ticket, as its read model stands now. */
export interface TicketFact {
  readonly id: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly channel: string;
  readonly requestType: string;
  readonly priorityCode: string;
  readonly categoryId: number | null;
  readonly requesterName: string | null;
  /** The requester's org unit, when the requester is someone of the organization. */
  readonly unitId: number | null;
  readonly contractorId: number | null;
  readonly status: string;
  readonly escalationLevel: number;
  readonly registeredByUserId: number | null;
  readonly callId: number | null;
  readonly registeredAt: Date;
  readonly firstResponseAt: Date | null;
  readonly resolvedAt: Date | null;
  readonly closedAt: Date | null;
  readonly closeReason: string | null;
  readonly responseDueAt: Date | null;
  readonly resolutionDueAt: Date | null;
}
