import type { FeedbackResponse } from '../feedback/feedback-response.js';
import type { RoutingTarget } from '../routing/routing-target.js';
import type { CloseReason } from './close-reason.js';
import type { TicketActor } from './ticket-actor.js';
import type { TicketDetails } from './ticket-details.js';

export const TICKET_ACTION_KINDS = [
  'registered',
  'routed',
  'started',
  'referred',
  'partCompleted',
  'postponed',
  'resumed',
  'noted',
  'informationRequested',
  'informationProvided',
  'resolved',
  'reopened',
  'escalated',
  'feedback',
  'closed',
] as const;
export type TicketActionKind = (typeof TICKET_ACTION_KINDS)[number];

interface ActionBase {
  readonly at: Date;
  readonly actor: TicketActor;
}

/**
 * One thing done to a ticket. The ordered list of applied actions is the ticket's history, from
 * which its state and its SLA deadlines are recomputed.
 */
export type TicketAction = ActionBase &
  (
    | { readonly kind: 'registered'; readonly details: TicketDetails }
    | { readonly kind: 'routed'; readonly target: RoutingTarget; readonly ruleId: string | null }
    /** Work begins: the first one is the first response; after a postponement it resumes the work. */
    | { readonly kind: 'started' }
    /**
     * To other positions. By default the ticket moves to them (one position, or several sharing
     * one cartable entry). `parallel`: each position does its own part, and the ticket comes back
     * to the referrer once every part is completed.
     */
    | { readonly kind: 'referred'; readonly toPositionIds: readonly string[]; readonly note: string; readonly parallel?: boolean }
    /** One position's part of a parallel referral is done. */
    | { readonly kind: 'partCompleted'; readonly positionId: string; readonly note: string }
    | { readonly kind: 'postponed'; readonly until: Date; readonly reason: string }
    /** The postponement's date came: the ticket is back in its cartable, as it was before. */
    | { readonly kind: 'resumed' }
    | { readonly kind: 'noted'; readonly text: string; readonly visibleToRequester: boolean }
    | { readonly kind: 'informationRequested'; readonly question: string }
    | { readonly kind: 'informationProvided'; readonly answer: string }
    | { readonly kind: 'resolved'; readonly resolution: string; readonly byPositionId: string | null }
    /** Back to work; to other positions when given, else to the ones that had it. */
    | { readonly kind: 'reopened'; readonly reason: string; readonly toPositionIds: readonly string[] | null }
    /** One level up the org chart: the ticket moves to the parents of the positions that had it. */
    | { readonly kind: 'escalated'; readonly toPositionIds: readonly string[]; readonly level: number }
    | { readonly kind: 'feedback'; readonly response: FeedbackResponse }
    | { readonly kind: 'closed'; readonly reason: CloseReason }
  );

export type TicketActionOf<K extends TicketActionKind> = Extract<TicketAction, { kind: K }>;
