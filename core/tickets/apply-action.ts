import { BusinessRuleError } from '../errors/business-rule-error.js';
import { isSatisfactionScore } from '../feedback/feedback-response.js';
import { allowedActions } from './allowed-actions.js';
import { CLOSE_REASONS_AFTER_RESOLUTION, CLOSE_REASONS_WITHOUT_RESOLUTION } from './close-reason.js';
import type { TicketAction, TicketActionOf } from './ticket-action.js';
import {
  TICKET_ACTION_NOT_ALLOWED,
  TICKET_ACTION_OUT_OF_ORDER,
  TICKET_ALREADY_REGISTERED,
  TICKET_CLOSE_REASON_NOT_ALLOWED,
  TICKET_CLOSED,
  TICKET_ESCALATION_LEVEL_INVALID,
  TICKET_FEEDBACK_SCORE_OUT_OF_RANGE,
  TICKET_NO_POSITIONS,
  TICKET_NOT_REGISTERED,
  TICKET_PART_NOT_PENDING,
  TICKET_POSTPONE_NOT_IN_FUTURE,
} from './ticket-rule-codes.js';
import type { TicketState } from './ticket-state.js';

function register(action: TicketActionOf<'registered'>): TicketState {
  return {
    details: action.details,
    status: 'registered',
    registeredAt: action.at,
    lastActionAt: action.at,
    assignedPositionIds: [],
    contractorId: null,
    pendingPartPositionIds: [],
    partsReturnToPositionIds: [],
    firstStartedAt: null,
    postponedUntil: null,
    resolvedAt: null,
    resolvedByPositionId: null,
    escalationLevel: 0,
    escalatedToPositionIds: [],
    reopenCount: 0,
    feedbackAttempts: 0,
    lastFeedback: null,
    closeReason: null,
    closedAt: null,
  };
}

function requirePositions(positionIds: readonly string[], action: TicketAction): readonly string[] {
  const unique = [...new Set(positionIds)];
  if (unique.length === 0) throw new BusinessRuleError(TICKET_NO_POSITIONS, `${action.kind} needs at least one position`);
  return unique;
}

/** The state after `action`, the rules applied; the ticket and its clock fields move together. */
function transition(state: TicketState, action: TicketAction): TicketState {
  const next = { ...state, lastActionAt: action.at };
  switch (action.kind) {
    case 'registered':
      throw new BusinessRuleError(TICKET_ALREADY_REGISTERED, 'the ticket is already registered');
    case 'routed':
      if (action.target.kind === 'contractor') {
        return { ...next, status: 'routed', assignedPositionIds: [], contractorId: action.target.contractorId };
      }
      return { ...next, status: 'routed', assignedPositionIds: requirePositions(action.target.positionIds, action), contractorId: null };
    case 'started':
      return { ...next, status: 'inProgress', firstStartedAt: state.firstStartedAt ?? action.at, postponedUntil: null };
    case 'referred': {
      const to = requirePositions(action.toPositionIds, action);
      if (action.parallel !== true) return { ...next, status: 'routed', assignedPositionIds: to, contractorId: null, postponedUntil: null };
      const returnTo = state.assignedPositionIds.length > 0 ? state.assignedPositionIds : action.actor.kind === 'staff' && action.actor.positionId !== null ? [action.actor.positionId] : to;
      return { ...next, status: 'inProgress', assignedPositionIds: to, pendingPartPositionIds: to, partsReturnToPositionIds: returnTo, contractorId: null, postponedUntil: null };
    }
    case 'partCompleted': {
      if (!state.pendingPartPositionIds.includes(action.positionId)) {
        throw new BusinessRuleError(TICKET_PART_NOT_PENDING, `position ${action.positionId} has no open part of this ticket`, { positionId: action.positionId });
      }
      const pending = state.pendingPartPositionIds.filter((positionId) => positionId !== action.positionId);
      if (pending.length > 0) return { ...next, assignedPositionIds: pending, pendingPartPositionIds: pending };
      return { ...next, status: 'inProgress', assignedPositionIds: state.partsReturnToPositionIds, pendingPartPositionIds: [], partsReturnToPositionIds: [] };
    }
    case 'postponed':
      if (!(action.until.getTime() > action.at.getTime())) {
        throw new BusinessRuleError(TICKET_POSTPONE_NOT_IN_FUTURE, 'a ticket can only be postponed to a later time', { until: action.until.toISOString() });
      }
      return { ...next, status: 'postponed', postponedUntil: action.until };
    case 'resumed':
      return { ...next, status: state.firstStartedAt === null ? 'routed' : 'inProgress', postponedUntil: null };
    case 'noted':
      return next;
    case 'informationRequested':
      return { ...next, status: 'waitingForInformation' };
    case 'informationProvided':
      return { ...next, status: 'inProgress' };
    case 'resolved':
      return {
        ...next,
        status: 'resolved',
        postponedUntil: null,
        resolvedAt: action.at,
        resolvedByPositionId: action.byPositionId,
        feedbackAttempts: 0,
        lastFeedback: null,
      };
    case 'reopened':
      return {
        ...next,
        status: 'routed',
        assignedPositionIds: action.toPositionIds === null ? state.assignedPositionIds : requirePositions(action.toPositionIds, action),
        contractorId: action.toPositionIds === null ? state.contractorId : null,
        resolvedAt: null,
        resolvedByPositionId: null,
        reopenCount: state.reopenCount + 1,
      };
    case 'escalated':
      if (!Number.isInteger(action.level) || action.level < 1) {
        throw new BusinessRuleError(TICKET_ESCALATION_LEVEL_INVALID, `escalation levels start at 1, not ${action.level}`);
      }
      return {
        ...next,
        status: 'routed',
        assignedPositionIds: requirePositions(action.toPositionIds, action),
        contractorId: null,
        escalationLevel: Math.max(state.escalationLevel, action.level),
        escalatedToPositionIds: [...new Set([...state.escalatedToPositionIds, ...requirePositions(action.toPositionIds, action)])],
      };
    case 'feedback':
      if (action.response.kind === 'answered' && !isSatisfactionScore(action.response.score)) {
        throw new BusinessRuleError(TICKET_FEEDBACK_SCORE_OUT_OF_RANGE, 'a satisfaction score is a whole number from 1 to 5', { score: action.response.score });
      }
      return { ...next, feedbackAttempts: state.feedbackAttempts + 1, lastFeedback: action.response };
    case 'closed': {
      const allowed = state.status === 'resolved' ? CLOSE_REASONS_AFTER_RESOLUTION : CLOSE_REASONS_WITHOUT_RESOLUTION;
      if (!allowed.includes(action.reason)) {
        throw new BusinessRuleError(TICKET_CLOSE_REASON_NOT_ALLOWED, `a ${state.status} ticket cannot be closed as ${action.reason}`, {
          status: state.status,
          reason: action.reason,
        });
      }
      return { ...next, status: 'closed', postponedUntil: null, pendingPartPositionIds: [], partsReturnToPositionIds: [], closeReason: action.reason, closedAt: action.at };
    }
  }
}

/**
 * The ticket after one more action, or a BusinessRuleError (thrown) whose code says why the action
 * is not allowed: closed tickets take nothing, each status allows only some actions
 * (`allowedActions`), actions cannot go back in time, a postponement must be to a later time,
 * routing, referral and escalation need at least one position, a part can be completed only by a
 * position that has one open. Pass null to register a new ticket.
 */
export function applyAction(state: TicketState | null, action: TicketAction): TicketState {
  if (Number.isNaN(action.at.getTime())) throw new RangeError('the action has an invalid time');
  if (state === null) {
    if (action.kind !== 'registered') throw new BusinessRuleError(TICKET_NOT_REGISTERED, `cannot apply ${action.kind} before the ticket is registered`);
    return register(action);
  }
  if (action.kind === 'registered') throw new BusinessRuleError(TICKET_ALREADY_REGISTERED, 'the ticket is already registered');
  if (action.at.getTime() < state.lastActionAt.getTime()) {
    throw new BusinessRuleError(TICKET_ACTION_OUT_OF_ORDER, 'an action cannot be earlier than the one before it', {
      at: action.at.toISOString(),
      lastActionAt: state.lastActionAt.toISOString(),
    });
  }
  if (state.status === 'closed') throw new BusinessRuleError(TICKET_CLOSED, `cannot apply ${action.kind} to a closed ticket`, { action: action.kind });
  if (!allowedActions(state).includes(action.kind)) {
    throw new BusinessRuleError(TICKET_ACTION_NOT_ALLOWED, `cannot apply ${action.kind} to a ${state.status} ticket`, {
      status: state.status,
      action: action.kind,
      ...(state.pendingPartPositionIds.length > 0 ? { pendingParts: state.pendingPartPositionIds } : {}),
    });
  }
  return transition(state, action);
}
