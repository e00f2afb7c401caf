/**
 * - `registered`: recorded, not yet with anyone;
 * - `routed`: in the cartable of its positions (or with a contractor), not yet started;
 * - `inProgress`: someone is working on it;
 * - `waitingForInformation`: the requester was asked something (the SLA clock is paused);
 * - `postponed`: deferred to a date (the SLA clock is paused until then);
 * - `resolved`: a resolution was given, awaiting the requester's feedback;
 * - `closed`: final.
 */
export const TICKET_STATUSES = ['registered', 'routed', 'inProgress', 'waitingForInformation', 'postponed', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses in which work is still owed to the requester. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['registered', 'routed', 'inProgress', 'waitingForInformation', 'postponed'];
