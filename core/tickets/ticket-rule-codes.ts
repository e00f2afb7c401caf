/** Business-rule error codes of the ticket lifecycle; each becomes a BPMN error or an HTTP 422. */
export const TICKET_NOT_REGISTERED = 'TICKET_NOT_REGISTERED';
export const TICKET_ALREADY_REGISTERED = 'TICKET_ALREADY_REGISTERED';
export const TICKET_CLOSED = 'TICKET_CLOSED';
export const TICKET_ACTION_NOT_ALLOWED = 'TICKET_ACTION_NOT_ALLOWED';
export const TICKET_ACTION_OUT_OF_ORDER = 'TICKET_ACTION_OUT_OF_ORDER';
export const TICKET_POSTPONE_NOT_IN_FUTURE = 'TICKET_POSTPONE_NOT_IN_FUTURE';
export const TICKET_NO_POSITIONS = 'TICKET_NO_POSITIONS';
export const TICKET_ESCALATION_LEVEL_INVALID = 'TICKET_ESCALATION_LEVEL_INVALID';
export const TICKET_FEEDBACK_SCORE_OUT_OF_RANGE = 'TICKET_FEEDBACK_SCORE_OUT_OF_RANGE';
export const TICKET_CLOSE_REASON_NOT_ALLOWED = 'TICKET_CLOSE_REASON_NOT_ALLOWED';
export const TICKET_PART_NOT_PENDING = 'TICKET_PART_NOT_PENDING';
/** The ticket changed since the version the client saw; reload and try again. */
export const TICKET_VERSION_CONFLICT = 'TICKET_VERSION_CONFLICT';
/** The ticket's process is not at a step that takes this action (it is still being routed, or waiting elsewhere). */
export const TICKET_NOT_AWAITING_ACTION = 'TICKET_NOT_AWAITING_ACTION';
/** Nobody above: the ticket is already at the top of the org chart. */
export const TICKET_NO_ESCALATION_TARGET = 'TICKET_NO_ESCALATION_TARGET';
/** The category is not one tickets can be filed under (inactive, or not the third level). */
export const TICKET_CATEGORY_NOT_SELECTABLE = 'TICKET_CATEGORY_NOT_SELECTABLE';

/** Every code above, for the process contract to check its error codes against. */
export const TICKET_RULE_CODES = [
  TICKET_NOT_REGISTERED,
  TICKET_ALREADY_REGISTERED,
  TICKET_CLOSED,
  TICKET_ACTION_NOT_ALLOWED,
  TICKET_ACTION_OUT_OF_ORDER,
  TICKET_POSTPONE_NOT_IN_FUTURE,
  TICKET_NO_POSITIONS,
  TICKET_ESCALATION_LEVEL_INVALID,
  TICKET_FEEDBACK_SCORE_OUT_OF_RANGE,
  TICKET_CLOSE_REASON_NOT_ALLOWED,
  TICKET_PART_NOT_PENDING,
  TICKET_VERSION_CONFLICT,
  TICKET_NOT_AWAITING_ACTION,
  TICKET_NO_ESCALATION_TARGET,
  TICKET_CATEGORY_NOT_SELECTABLE,
] as const;
export type TicketRuleCode = (typeof TICKET_RULE_CODES)[number];
