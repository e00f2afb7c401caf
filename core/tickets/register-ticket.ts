import { ForbiddenError } from '../errors/forbidden-error.js';
import { applyAction } from './apply-action.js';
import { canRegisterTicket } from './can-register-ticket.js';
import { publishTicketChanged } from './publish-ticket-changed.js';
import { readModelOf } from './persist-ticket-state.js';
import type { RegistrationRequest } from './registration-request.js';
import { replayTicket } from './replay-ticket.js';
import { resolveRegistration } from './resolve-registration.js';
import type { TicketAction } from './ticket-action.js';
import { processActorOf, ticketActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';
import type { TicketStatus } from './ticket-status.js';
import { generateTrackingCode } from './tracking-code.js';

export interface RegisteredTicket {
  readonly ticketId: number;
  readonly trackingCode: string;
  readonly version: number;
  readonly status: TicketStatus;
  /** The idempotency key had been used: this is the ticket registered then. */
  readonly repeated: boolean;
}

/** Attempts at a free tracking code before giving up; at 8 digits a collision is already rare. */
const TRACKING_CODE_ATTEMPTS = 10;

/**
 * Registers a ticket and starts its process in the same transaction. The tracking code is drawn at
 * random and retried when taken. An operator may resolve it on the spot (`resolveNow`), in which
 * case the process goes straight to feedback.
 */
export async function registerTicket(deps: TicketDeps, request: RegistrationRequest): Promise<RegisteredTicket> {
  const { actor: principal } = request;
  return deps.store.transaction(async (uow) => {
    if (request.idempotencyKey !== undefined) {
      const seen = await uow.tickets.findByIdempotencyKey(request.idempotencyKey);
      if (seen !== null) {
        const ticket = await uow.tickets.loadForUpdate(seen.ticketId);
        const state = ticket && replayTicket(ticket.history.map((recorded) => recorded.action));
        if (ticket && state) return { ticketId: ticket.id, trackingCode: state.details.trackingCode, version: ticket.version, status: state.status, repeated: true };
      }
    }
    const policy = await uow.policy();
    const details = await resolveRegistration(request, policy, uow.directory);
    if (!canRegisterTicket(principal, details.requester.personId)) throw new ForbiddenError('not allowed to register tickets for this requester');
    const actor = ticketActorOf(principal);
    const now = deps.clock.now();
    for (let attempt = 1; attempt <= TRACKING_CODE_ATTEMPTS; attempt++) {
      const trackingCode = generateTrackingCode(deps.random, policy.settings.trackingCodeLength);
      const history: TicketAction[] = [{ kind: 'registered', at: now, actor, details: { ...details, trackingCode } }];
      if (request.resolveNow !== undefined) {
        const byPositionId = actor.kind === 'staff' ? actor.positionId : null;
        history.push({ kind: 'resolved', at: now, actor, resolution: request.resolveNow.resolution.trim(), byPositionId });
      }
      const state = history.reduce(applyAction, null)!;
      const ticketId = await uow.tickets.insert(readModelOf(policy, state, history, now), principal.kind === 'user' ? String(principal.id) : null);
      if (ticketId === null) continue;
      const actorUserId = principal.kind === 'user' ? String(principal.id) : null;
      for (const [index, action] of history.entries()) {
        const idempotencyKey = request.idempotencyKey === undefined ? null : index === 0 ? request.idempotencyKey : `${request.idempotencyKey}#${index}`;
        await uow.tickets.append(ticketId, action, { idempotencyKey, visibleToRequester: true, actorUserId });
      }
      const processInstanceKey = await uow.workflow.start({ id: ticketId, trackingCode, resolvedOnRegistration: state.status === 'resolved' }, processActorOf(principal));
      await uow.tickets.setProcessInstanceKey(ticketId, 'lifecycle', processInstanceKey);
      publishTicketChanged(deps, uow, { ticketId, before: null, after: state, policy, action: history.at(-1)!.kind, at: now });
      return { ticketId, trackingCode, version: 1, status: state.status, repeated: false };
    }
    throw new Error(`no free tracking code after ${TRACKING_CODE_ATTEMPTS} attempts; consider a longer code (tickets.trackingCodeLength)`);
  });
}
