import type { RequestType } from './request-type.js';
import type { TicketChannel } from './ticket-channel.js';
import type { TicketPriority } from './ticket-priority.js';

/** The person the work is for; a caller may be known only by number, an employee by id. */
export interface TicketRequester {
  readonly personId: string | null;
  readonly name: string | null;
  /** Canonical E.164. */
  readonly phoneNumber: string | null;
}

/** What is recorded when a ticket is registered. */
export interface TicketDetails {
  readonly trackingCode: string;
  readonly channel: TicketChannel;
  readonly requestType: RequestType;
  readonly priority: TicketPriority;
  readonly categoryId: string | null;
  readonly locationId: string | null;
  readonly subject: string;
  readonly description: string;
  readonly requester: TicketRequester;
  /** The call the ticket was registered from, when it came by phone. */
  readonly callId?: string | null;
}
