/**
 * Every name the BPMN models in this folder share with the code: process ids, job types, task
 * headers, messages, BPMN error codes and process variables. contract.spec.ts parses every model
 * and fails on a name that is not listed here; code refers to these constants, never to literals.
 */

export const PROCESS_IDS = {
  /** processes/ticket-lifecycle.bpmn: register → route → handling (with escalation) → feedback → close. */
  ticketLifecycle: 'ticket-lifecycle',
  /** processes/feedback.bpmn: ask the requester how satisfied they are, until an answer or the last attempt. */
  feedback: 'feedback',
} as const;

/** Job types (`noun.verb`); each has a worker in workers/<noun>-<verb>/. */
export const TASK_TYPES = {
  /** Routes a registered ticket by the most specific rule (or to the message center). */
  ticketRoute: 'ticket.route',
  /** Plans the handling step: its candidate groups and the escalation due time on the business calendar. */
  ticketSla: 'ticket.sla',
  /** Moves a late ticket one level up the org chart (when the escalation timer fired). */
  ticketEscalate: 'ticket.escalate',
  /** A postponement's date came: the ticket is back in its cartable as it was before. */
  ticketResume: 'ticket.resume',
  /** Queues the SMS of a ticket event (header `event`) for its recipients; sending happens outside the process. */
  smsSend: 'sms.send',
  /** Records which feedback instance asks about the ticket and reads how feedback is gathered. */
  feedbackPrepare: 'feedback.prepare',
  /** Records the answer of an automated survey call and concludes (`feedbackConclusion`). */
  feedbackRecord: 'feedback.record',
  /**
   * Places an automated call (header `purpose`). For the satisfaction survey it gets `ticketId`
   * and must complete with `surveyResponse`: `{ kind: 'answered', score: 1–5, comment }` or
   * `{ kind: 'noAnswer' }`. Built by the telephony app; until then keep `feedback.survey` = 'agent'.
   */
  callPlace: 'call.place',
} as const;

/** Task headers (`zeebe:taskHeaders`) and their allowed values. */
export const TASK_HEADERS = {
  /** On `sms.send`: which ticket event's SMS to send. */
  event: 'event',
  /** On `call.place`: why the call is made. */
  purpose: 'purpose',
} as const;

export const SMS_EVENTS = {
  registered: 'ticket.registered',
  informationRequested: 'ticket.informationRequested',
  resolved: 'ticket.resolved',
  escalated: 'ticket.escalated',
  closed: 'ticket.closed',
} as const;

export const CALL_PURPOSES = {
  satisfactionSurvey: 'satisfactionSurvey',
} as const;

/** Messages; every one is correlated by `=string(ticketId)`. */
export const MESSAGES = {
  /** The requester answered the question asked of them. */
  informationProvided: 'ticket.informationProvided',
  /** A postponed ticket is taken up before its date. */
  resumed: 'ticket.resumed',
  /** The ticket was closed outside the normal path (cancelled, duplicate, not surveyed): the process ends. */
  closed: 'ticket.closed',
} as const;

/** User tasks whose completion the ticket use cases drive, by element id. */
export const USER_TASKS = {
  handle: 'Task_handle',
  handlePart: 'Task_handle_part',
  askFeedback: 'Task_ask_feedback',
} as const;

/** Values of `handlingOutcome`, set when the handling task is completed. */
export const HANDLING_OUTCOMES = ['referred', 'referredInParallel', 'postponed', 'informationRequested', 'escalated', 'resolved'] as const;
export type HandlingOutcome = (typeof HANDLING_OUTCOMES)[number];

/** Values of `feedbackConclusion`. */
export const FEEDBACK_CONCLUSIONS = ['closed', 'rework', 'askAgain'] as const;

/** Values of `feedbackSurvey`. */
export const FEEDBACK_SURVEYS = ['agent', 'phone'] as const;

/**
 * BPMN error codes a worker may raise (a BusinessRuleError's code). They mirror
 * core/tickets/ticket-rule-codes.ts (this folder may import nothing else; workers/contract-codes.spec.ts
 * checks that the two lists agree). None is caught in the models today: a business rule broken by a
 * process step is a modelling or data error, and an uncaught BPMN error becomes an incident.
 */
export const ERROR_CODES = [
  'TICKET_NOT_REGISTERED',
  'TICKET_ALREADY_REGISTERED',
  'TICKET_CLOSED',
  'TICKET_ACTION_NOT_ALLOWED',
  'TICKET_ACTION_OUT_OF_ORDER',
  'TICKET_POSTPONE_NOT_IN_FUTURE',
  'TICKET_NO_POSITIONS',
  'TICKET_ESCALATION_LEVEL_INVALID',
  'TICKET_FEEDBACK_SCORE_OUT_OF_RANGE',
  'TICKET_CLOSE_REASON_NOT_ALLOWED',
  'TICKET_PART_NOT_PENDING',
  'TICKET_VERSION_CONFLICT',
  'TICKET_NOT_AWAITING_ACTION',
  'TICKET_NO_ESCALATION_TARGET',
] as const;

/** Process variables, with what each holds. */
export const VARIABLES = {
  /** Number: the ticket's id; set at start, the correlation key of every message (as a string). */
  ticketId: 'ticketId',
  /** String: the ticket's tracking code, for people reading the process. */
  trackingCode: 'trackingCode',
  /** Boolean: the operator resolved it while registering; straight to feedback. */
  resolvedOnRegistration: 'resolvedOnRegistration',
  /** List of strings: the handling task's candidate groups (`position:<id>`), from `ticket.sla`. */
  handlingGroups: 'handlingGroups',
  /** String or null: ISO date-time of the next escalation, from `ticket.sla`; null when none is pending. */
  escalationDueAt: 'escalationDueAt',
  /** Boolean, from `ticket.escalate`: whether the ticket moved up (false when it was no longer due). */
  escalated: 'escalated',
  /** String: what the handling task decided (HANDLING_OUTCOMES). */
  handlingOutcome: 'handlingOutcome',
  /** String: ISO date-time a postponement lasts until. */
  postponedUntil: 'postponedUntil',
  /** List of strings: the candidate groups of a parallel referral's parts. */
  referralParts: 'referralParts',
  /** String: one part's candidate group (the multi-instance input element). */
  partGroup: 'partGroup',
  /** List of strings: the feedback task's candidate groups, from `feedback.prepare`. */
  feedbackGroups: 'feedbackGroups',
  /** String: `agent` or `phone` (FEEDBACK_SURVEYS), from `feedback.prepare`. */
  feedbackSurvey: 'feedbackSurvey',
  /** String: ISO duration to wait before asking again, from `feedback.prepare`. */
  feedbackRetryAfter: 'feedbackRetryAfter',
  /** String: what a feedback attempt concluded (FEEDBACK_CONCLUSIONS). */
  feedbackConclusion: 'feedbackConclusion',
  /** The automated survey's answer, from `call.place`. */
  surveyResponse: 'surveyResponse',
} as const;

/** The variable names as a list, for the model check. */
export const VARIABLE_NAMES: readonly string[] = Object.values(VARIABLES);
