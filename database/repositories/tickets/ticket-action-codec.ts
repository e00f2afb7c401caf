import type { TicketAction } from '../../../core/tickets/ticket-action.js';
import type { TicketActor } from '../../../core/tickets/ticket-actor.js';
import { idNumber } from './sql-date.js';

/** The `ticket_actions` columns of an action, besides its ticket and idempotency key. */
export interface EncodedAction {
  readonly kind: string;
  readonly at: Date;
  readonly actorKind: string;
  readonly actorPersonId: number | null;
  readonly actorPositionId: number | null;
  /** JSON: the action's own fields and its actor; dates as ISO strings. */
  readonly payload: string;
}

export function encodeAction(action: TicketAction): EncodedAction {
  const { kind, at, actor, ...fields } = action;
  const personId = actor.kind === 'staff' || actor.kind === 'requester' ? (actor.personId ?? null) : null;
  return {
    kind,
    at,
    actorKind: actor.kind,
    actorPersonId: idNumber(personId),
    actorPositionId: actor.kind === 'staff' ? idNumber(actor.positionId) : null,
    payload: JSON.stringify({ ...fields, actor }),
  };
}

export function decodeAction(kind: string, at: Date, payload: string): TicketAction {
  const { actor, ...fields } = JSON.parse(payload) as Record<string, unknown> & { actor: TicketActor };
  if (kind === 'postponed' && typeof fields.until === 'string') fields.until = new Date(fields.until);
  return { ...fields, kind, at, actor } as unknown as TicketAction;
}
