import type { TicketState } from './ticket-state.js';

/** The columns of the `tickets` read model, recomputed from the log after every action. */
export interface TicketReadModel {
  readonly trackingCode: string;
  readonly channel: string;
  readonly requestType: string;
  readonly priority: string;
  readonly categoryId: string | null;
  readonly locationId: string | null;
  readonly subject: string;
  readonly description: string;
  /** Persian-normalized text the search matches against. */
  readonly searchText: string;
  readonly requesterPersonId: string | null;
  readonly requesterName: string | null;
  readonly requesterPhone: string | null;
  readonly status: string;
  readonly contractorId: string | null;
  readonly escalationLevel: number;
  readonly registeredAt: Date;
  readonly updatedAt: Date;
  readonly firstResponseAt: Date | null;
  readonly resolvedAt: Date | null;
  readonly closedAt: Date | null;
  readonly closeReason: string | null;
  readonly postponedUntil: Date | null;
  readonly responseDueAt: Date | null;
  readonly resolutionDueAt: Date | null;
  readonly callId: string | null;
}

export interface SlaDueDates {
  readonly responseDueAt: Date | null;
  readonly resolutionDueAt: Date | null;
}

export function toTicketReadModel(state: TicketState, due: SlaDueDates, searchText: string): TicketReadModel {
  const { details } = state;
  return {
    trackingCode: details.trackingCode,
    channel: details.channel,
    requestType: details.requestType,
    priority: details.priority,
    categoryId: details.categoryId,
    locationId: details.locationId,
    subject: details.subject,
    description: details.description,
    searchText,
    requesterPersonId: details.requester.personId,
    requesterName: details.requester.name,
    requesterPhone: details.requester.phoneNumber,
    status: state.status,
    contractorId: state.contractorId,
    escalationLevel: state.escalationLevel,
    registeredAt: state.registeredAt,
    updatedAt: state.lastActionAt,
    firstResponseAt: state.firstStartedAt,
    resolvedAt: state.resolvedAt,
    closedAt: state.closedAt,
    closeReason: state.closeReason,
    postponedUntil: state.postponedUntil,
    responseDueAt: due.responseDueAt,
    resolutionDueAt: due.resolutionDueAt,
    callId: details.callId ?? null,
  };
}
