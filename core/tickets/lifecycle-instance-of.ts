import { BusinessRuleError } from '../errors/business-rule-error.js';
import type { StoredTicket } from './stored-ticket.js';
import { TICKET_NOT_AWAITING_ACTION } from './ticket-rule-codes.js';

/** The ticket's lifecycle process instance; a ticket without one cannot be moved through it. */
export function lifecycleInstanceOf(ticket: StoredTicket): string {
  if (ticket.processInstanceKey === null) throw new BusinessRuleError(TICKET_NOT_AWAITING_ACTION, `ticket ${ticket.id} has no running process`);
  return ticket.processInstanceKey;
}
