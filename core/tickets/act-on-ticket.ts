import type { Principal } from '../access/principal.js';
import { BusinessRuleError } from '../errors/business-rule-error.js';
import { ForbiddenError } from '../errors/forbidden-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { applyAction } from './apply-action.js';
import { canViewTicket } from './can-view-ticket.js';
import { publishTicketChanged } from './publish-ticket-changed.js';
import { persistTicketState } from './persist-ticket-state.js';
import type { RecordedTicketAction } from './recorded-ticket-action.js';
import { replayTicket } from './replay-ticket.js';
import type { StoredTicket } from './stored-ticket.js';
import type { TicketAction, TicketActionKind } from './ticket-action.js';
import type { TicketActor } from './ticket-actor.js';
import { ticketActorOf } from './ticket-actor-of.js';
import { capacitiesOf, holdingPositionIds, mayAct, type TicketCapacity } from './ticket-capacity.js';
import type { TicketDeps } from './ticket-deps.js';
import type { TicketPolicy } from './ticket-policy.js';
import { TICKET_VERSION_CONFLICT } from './ticket-rule-codes.js';
import type { TicketState } from './ticket-state.js';
import type { TicketUnitOfWork } from './ticket-store.js';

/** What every command on an existing ticket carries. */
export interface TicketCommand {
  readonly ticketId: number;
  readonly actor: Principal;
  /** The version the client saw; when the ticket has moved on since, the command is refused. */
  readonly expectedVersion?: number;
  /** Repeating a command with the same key returns the first outcome instead of acting twice. */
  readonly idempotencyKey?: string;
}

export interface ActionContext {
  readonly uow: TicketUnitOfWork;
  readonly ticket: StoredTicket;
  readonly state: TicketState;
  readonly policy: TicketPolicy;
  readonly principal: Principal;
  readonly actor: TicketActor;
  readonly capacities: readonly TicketCapacity[];
  /** The positions that hold the ticket now. */
  readonly holding: readonly string[];
  /** The time the new actions carry. */
  readonly at: Date;
}

export interface PlannedAction {
  readonly action: TicketAction;
  readonly visibleToRequester?: boolean;
}

export interface AppliedActions {
  readonly after: TicketState;
  readonly actionIds: readonly string[];
}

/** One use case's part of acting on a ticket; `actOnTicket` does the rest. */
export interface ActionStep<R> {
  /** The action whose permission is checked before anything is planned. */
  readonly kind: TicketActionKind;
  /** Further checks of who may act (beyond the capacity table), throwing ForbiddenError. */
  authorize?(context: ActionContext): void;
  /** The actions to append (none when there is nothing to do). */
  plan(context: ActionContext): readonly PlannedAction[] | Promise<readonly PlannedAction[]>;
  /** After the actions are stored, in the same transaction: tell the process, compute a result. */
  then?(context: ActionContext, applied: AppliedActions): Promise<R> | R;
}

export interface TicketActionOutcome<R> {
  readonly ticketId: number;
  readonly version: number;
  readonly status: TicketState['status'];
  readonly actionIds: readonly string[];
  /** The idempotency key had been used: nothing was done again. */
  readonly repeated: boolean;
  readonly result: R | undefined;
}

function replayed(ticket: StoredTicket): TicketState {
  const state = replayTicket(ticket.history.map((recorded: RecordedTicketAction) => recorded.action));
  if (state === null) throw new Error(`ticket ${ticket.id} has an empty log`);
  return state;
}

/**
 * The common path of every action on an existing ticket, in one transaction: load and lock the
 * ticket, refuse (as not found) those the principal may not see, check the capacity the principal
 * acts in, apply the planned actions to the replayed state (the state machine throws the business
 * rule errors), append them to the log, recompute and store the read model, let the use case move
 * the process, and publish `ticket.changed` once committed.
 */
export async function actOnTicket<R>(deps: TicketDeps, command: TicketCommand, step: ActionStep<R>): Promise<TicketActionOutcome<R>> {
  return deps.store.transaction(async (uow) => {
    if (command.idempotencyKey !== undefined) {
      const seen = await uow.tickets.findByIdempotencyKey(command.idempotencyKey);
      if (seen !== null) {
        if (seen.ticketId !== command.ticketId) throw new ValidationError([{ field: 'idempotencyKey', messageKey: 'idempotencyKey.reused' }]);
        const ticket = await uow.tickets.loadForUpdate(command.ticketId);
        if (ticket === null) throw new NotFoundError('ticket', command.ticketId);
        return { ticketId: ticket.id, version: ticket.version, status: replayed(ticket).status, actionIds: [seen.actionId], repeated: true, result: undefined };
      }
    }
    const ticket = await uow.tickets.loadForUpdate(command.ticketId);
    if (ticket === null) throw new NotFoundError('ticket', command.ticketId);
    const state = replayed(ticket);
    const { actor: principal } = command;
    if (!canViewTicket(principal, { requesterPersonId: state.details.requester.personId, status: state.status, involvedPositionIds: ticket.involvedPositionIds })) {
      throw new NotFoundError('ticket', command.ticketId);
    }
    const policy = await uow.policy();
    const holding = holdingPositionIds(state, policy.contractorSupervisors);
    const capacities = capacitiesOf(principal, state, holding);
    if (!mayAct(capacities, step.kind)) throw new ForbiddenError(`${step.kind} is not allowed to this user on ticket ${ticket.id}`);
    if (command.expectedVersion !== undefined && command.expectedVersion !== ticket.version) {
      throw new BusinessRuleError(TICKET_VERSION_CONFLICT, 'the ticket was changed meanwhile', { version: ticket.version });
    }
    const now = deps.clock.now();
    // Another process's clock may lag a little; an action is never recorded before the previous one.
    const at = now.getTime() < state.lastActionAt.getTime() ? state.lastActionAt : now;
    const context: ActionContext = { uow, ticket, state, policy, principal, actor: ticketActorOf(principal, holding), capacities, holding, at };
    step.authorize?.(context);
    const planned = await step.plan(context);
    if (planned.length === 0) {
      const result = step.then ? await step.then(context, { after: state, actionIds: [] }) : undefined;
      return { ticketId: ticket.id, version: ticket.version, status: state.status, actionIds: [], repeated: false, result };
    }
    let after = state;
    for (const { action } of planned) after = applyAction(after, action);
    const actionIds: string[] = [];
    for (const [index, { action, visibleToRequester }] of planned.entries()) {
      const idempotencyKey = command.idempotencyKey === undefined ? null : index === 0 ? command.idempotencyKey : `${command.idempotencyKey}#${index}`;
      actionIds.push(await uow.tickets.append(ticket.id, action, { idempotencyKey, visibleToRequester: visibleToRequester ?? true, actorUserId: principal.kind === 'user' ? String(principal.id) : null }));
    }
    const history = [...ticket.history.map((recorded) => recorded.action), ...planned.map(({ action }) => action)];
    await persistTicketState(uow.tickets, { ticketId: ticket.id, version: ticket.version, before: state, after, history, policy, now });
    const result = step.then ? await step.then(context, { after, actionIds }) : undefined;
    publishTicketChanged(deps, uow, { ticketId: ticket.id, before: state, after, policy, action: planned.at(-1)!.action.kind, at });
    return { ticketId: ticket.id, version: ticket.version + 1, status: after.status, actionIds, repeated: false, result };
  });
}
