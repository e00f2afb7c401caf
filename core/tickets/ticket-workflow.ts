/** What was decided in a ticket's handling step, which moves its process on. */
export type HandlingDecision =
  | { readonly outcome: 'referred' }
  | { readonly outcome: 'referredInParallel'; readonly partPositionIds: readonly string[] }
  | { readonly outcome: 'postponed'; readonly until: Date }
  | { readonly outcome: 'informationRequested' }
  | { readonly outcome: 'escalated' }
  | { readonly outcome: 'resolved' };

/** What a feedback step concluded. */
export type FeedbackConclusion = 'closed' | 'rework' | 'askAgain';

/**
 * The ticket's processes as the use cases see them. Every command joins the unit of work it was
 * obtained from, so the process moves if and only if the domain change commits (implemented in
 * engine/workflows). A command the process cannot take where it stands is a BusinessRuleError
 * (TICKET_NOT_AWAITING_ACTION). `actor` is written to the process history.
 */
export interface TicketWorkflow {
  /** Starts the ticket's lifecycle; returns the process instance key. */
  start(ticket: { readonly id: number; readonly trackingCode: string; readonly resolvedOnRegistration: boolean }, actor: string): Promise<string>;
  /** Completes the open handling task with the decision taken. */
  completeHandling(processInstanceKey: string, decision: HandlingDecision, actor: string): Promise<void>;
  /** Completes one position's part of a parallel referral. */
  completePart(processInstanceKey: string, positionId: string, actor: string): Promise<void>;
  /** Ends a postponement early (ignored when the postponement is already over). */
  resumePostponed(ticketId: number, actor: string): Promise<void>;
  /** The requester's answer arrived; `actionId` makes a repeated delivery harmless. */
  informationProvided(ticketId: number, actionId: string, actor: string): Promise<void>;
  /** Completes the open feedback task of the feedback process. */
  completeFeedback(feedbackProcessInstanceKey: string, conclusion: FeedbackConclusion, actor: string): Promise<void>;
  /** The ticket was closed outside the normal path (cancelled, duplicate, not surveyed): the process ends. */
  closed(ticketId: number, actor: string): Promise<void>;
}
