import type { MessagesOf } from '../core/i18n/messages-of';
import type { ticketRulesFa } from './ticket-rules.fa';

/** The ticket lifecycle's business rules in English. */
export const ticketRulesEn: MessagesOf<typeof ticketRulesFa> = {
  'businessRule.TICKET_VERSION_CONFLICT': 'This request changed meanwhile; look at its latest state and act again.',
  'businessRule.TICKET_ACTION_NOT_ALLOWED': 'You may not do this now.',
  'businessRule.TICKET_NOT_AWAITING_ACTION': 'The request’s process has not reached this step yet; try again in a moment.',
  'businessRule.TICKET_POSTPONE_NOT_IN_FUTURE': 'The postponement date must be in the future.',
  'businessRule.TICKET_NO_POSITIONS': 'Choose at least one position to refer to.',
  'businessRule.TICKET_CLOSED': 'This request is closed.',
  'businessRule.TICKET_NO_ESCALATION_TARGET': 'There is nobody above this position in the org chart.',
  'businessRule.TICKET_PART_NOT_PENDING': 'This part of the referral is not open.',
};
