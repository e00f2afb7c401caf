import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BusinessRuleError } from '../errors/business-rule-error.js';
import { allowedActions } from './allowed-actions.js';
import { applyAction } from './apply-action.js';
import { replayTicket } from './replay-ticket.js';
import { act, registered } from './test-support/ticket-actions.js';
import type { TicketAction } from './ticket-action.js';
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

const t = (minute: number) => new Date(Date.UTC(2024, 10, 16, 5, 0) + minute * 60_000);
const toPositions = (...positionIds: string[]) => ({ kind: 'positions', positionIds }) as const;

function replay(...history: TicketAction[]): TicketState {
  const state = replayTicket(history);
  assert.ok(state);
  return state;
}

function rejects(state: TicketState | null, action: TicketAction, code: string): void {
  assert.throws(
    () => applyAction(state, action),
    (error: unknown) => error instanceof BusinessRuleError && error.code === code,
  );
}

const routed = () => replay(registered(t(0)), act('routed', t(1), { target: toPositions('network-expert'), ruleId: 'network' }));
const inProgress = () => applyAction(routed(), act('started', t(2)));
const resolved = () => applyAction(inProgress(), act('resolved', t(3), { resolution: 'reset the VPN profile', byPositionId: 'network-expert' }));
const closed = () => applyAction(resolved(), act('closed', t(4), { reason: 'satisfied' }));

describe('applyAction', () => {
  it('given nothing, when a ticket is registered, then it is registered with its details and no one assigned', () => {
    const state = replay(registered(t(0)));
    assert.equal(state.status, 'registered');
    assert.equal(state.details.trackingCode, '12345671');
    assert.deepEqual(state.assignedPositionIds, []);
    assert.equal(state.registeredAt.getTime(), t(0).getTime());
  });

  it('given nothing, when any other action comes, then the ticket is not registered', () => {
    rejects(null, act('started', t(0)), TICKET_NOT_REGISTERED);
  });

  it('given a ticket, when it is registered again, then that is refused', () => {
    rejects(routed(), registered(t(5)), TICKET_ALREADY_REGISTERED);
  });

  it('given a registered ticket, when routed to positions, then they have it', () => {
    const state = routed();
    assert.equal(state.status, 'routed');
    assert.deepEqual(state.assignedPositionIds, ['network-expert']);
  });

  it('given a registered ticket, when routed to a contractor, then the contractor has it and no position does', () => {
    const state = applyAction(replay(registered(t(0))), act('routed', t(1), { target: { kind: 'contractor', contractorId: 'pars-net' }, ruleId: null }));
    assert.equal(state.contractorId, 'pars-net');
    assert.deepEqual(state.assignedPositionIds, []);
  });

  it('given routing, referral or escalation to nobody, when applied, then at least one position is required', () => {
    rejects(replay(registered(t(0))), act('routed', t(1), { target: toPositions(), ruleId: null }), TICKET_NO_POSITIONS);
    rejects(inProgress(), act('referred', t(3), { toPositionIds: [], note: '' }), TICKET_NO_POSITIONS);
    rejects(inProgress(), act('escalated', t(3), { toPositionIds: [], level: 1 }), TICKET_NO_POSITIONS);
  });

  it('given a routed ticket, when started, then it is in progress and the first start is kept', () => {
    const state = inProgress();
    assert.equal(state.status, 'inProgress');
    assert.equal(state.firstStartedAt?.getTime(), t(2).getTime());
  });

  it('given a ticket in progress, when started again, then that is not allowed', () => {
    rejects(inProgress(), act('started', t(3)), TICKET_ACTION_NOT_ALLOWED);
  });

  it('given a ticket in progress, when referred, then the new positions have it and it must be started again', () => {
    const state = applyAction(inProgress(), act('referred', t(3), { toPositionIds: ['network-lead', 'network-lead'], note: 'needs a firewall change' }));
    assert.equal(state.status, 'routed');
    assert.deepEqual(state.assignedPositionIds, ['network-lead']);
    assert.equal(state.firstStartedAt?.getTime(), t(2).getTime(), 'the first response stays');
  });

  it('given a ticket in progress, when postponed to a later time, then it waits until then; restarting clears it', () => {
    const postponed = applyAction(inProgress(), act('postponed', t(3), { until: t(600), reason: 'part on order' }));
    assert.equal(postponed.status, 'postponed');
    assert.equal(postponed.postponedUntil?.getTime(), t(600).getTime());
    const restarted = applyAction(postponed, act('started', t(4)));
    assert.equal(restarted.status, 'inProgress');
    assert.equal(restarted.postponedUntil, null);
  });

  it('given a postponed ticket, when its date comes, then it is back as it was: in progress once started, new otherwise', () => {
    const started = applyAction(applyAction(inProgress(), act('postponed', t(3), { until: t(600), reason: '' })), act('resumed', t(600)));
    assert.equal(started.status, 'inProgress');
    assert.equal(started.postponedUntil, null);
    const neverStarted = applyAction(applyAction(routed(), act('postponed', t(3), { until: t(600), reason: '' })), act('resumed', t(600)));
    assert.equal(neverStarted.status, 'routed');
    rejects(inProgress(), act('resumed', t(3)), TICKET_ACTION_NOT_ALLOWED);
  });

  it('given a postponement to now or the past, when applied, then it is refused', () => {
    rejects(inProgress(), act('postponed', t(3), { until: t(3), reason: '' }), TICKET_POSTPONE_NOT_IN_FUTURE);
    rejects(inProgress(), act('postponed', t(3), { until: t(1), reason: '' }), TICKET_POSTPONE_NOT_IN_FUTURE);
  });

  it('given a ticket in progress, when information is requested and provided, then it waits and resumes', () => {
    const waiting = applyAction(inProgress(), act('informationRequested', t(3), { question: 'which office?' }));
    assert.equal(waiting.status, 'waitingForInformation');
    rejects(waiting, act('postponed', t(4), { until: t(100), reason: '' }), TICKET_ACTION_NOT_ALLOWED);
    assert.equal(applyAction(waiting, act('informationProvided', t(4), { answer: 'room 304' })).status, 'inProgress');
  });

  it('given information nobody asked for, when provided, then that is not allowed', () => {
    rejects(inProgress(), act('informationProvided', t(3), { answer: '' }), TICKET_ACTION_NOT_ALLOWED);
  });

  it('given a registered ticket, when the operator resolves it on the spot, then it is resolved', () => {
    const state = applyAction(replay(registered(t(0))), act('resolved', t(1), { resolution: 'told the caller the Wi-Fi password', byPositionId: 'message-center' }));
    assert.equal(state.status, 'resolved');
    assert.equal(state.resolvedByPositionId, 'message-center');
  });

  it('given a resolved ticket, when feedback comes, then attempts are counted and the answer kept', () => {
    const once = applyAction(resolved(), act('feedback', t(4), { response: { kind: 'noAnswer' } }));
    const twice = applyAction(once, act('feedback', t(5), { response: { kind: 'answered', score: 4, comment: 'ممنون' } }));
    assert.equal(twice.feedbackAttempts, 2);
    assert.deepEqual(twice.lastFeedback, { kind: 'answered', score: 4, comment: 'ممنون' });
  });

  it('given a satisfaction score outside 1–5, when recorded, then it is refused', () => {
    rejects(resolved(), act('feedback', t(4), { response: { kind: 'answered', score: 6, comment: null } }), TICKET_FEEDBACK_SCORE_OUT_OF_RANGE);
  });

  it('given feedback on a ticket that is not resolved, when recorded, then it is not allowed', () => {
    rejects(inProgress(), act('feedback', t(3), { response: { kind: 'noAnswer' } }), TICKET_ACTION_NOT_ALLOWED);
  });

  it('given a resolved ticket, when reopened for rework by the senior, then it goes to them and the resolution is cleared', () => {
    const state = applyAction(resolved(), act('reopened', t(4), { reason: 'score 1', toPositionIds: ['network-lead'] }));
    assert.equal(state.status, 'routed');
    assert.deepEqual(state.assignedPositionIds, ['network-lead']);
    assert.equal(state.reopenCount, 1);
    assert.equal(state.resolvedAt, null);
  });

  it('given a resolved ticket, when reopened without positions, then the same positions have it again', () => {
    assert.deepEqual(applyAction(resolved(), act('reopened', t(4), { reason: '', toPositionIds: null })).assignedPositionIds, ['network-expert']);
  });

  it('given a ticket that is not resolved, when reopened, then that is not allowed', () => {
    rejects(inProgress(), act('reopened', t(3), { reason: '', toPositionIds: null }), TICKET_ACTION_NOT_ALLOWED);
  });

  it('given escalations, when applied, then the ticket moves up to the new positions, to be started again, and the highest level is kept', () => {
    const once = applyAction(inProgress(), act('escalated', t(3), { toPositionIds: ['network-lead'], level: 1 }));
    const twice = applyAction(once, act('escalated', t(4), { toPositionIds: ['it-manager'], level: 2 }));
    assert.equal(once.status, 'routed');
    assert.deepEqual(once.assignedPositionIds, ['network-lead']);
    assert.deepEqual(twice.assignedPositionIds, ['it-manager']);
    assert.equal(twice.escalationLevel, 2);
    assert.equal(twice.firstStartedAt?.getTime(), t(2).getTime(), 'the first response stays');
    assert.deepEqual(twice.escalatedToPositionIds, ['network-lead', 'it-manager']);
    rejects(inProgress(), act('escalated', t(3), { toPositionIds: ['x'], level: 0 }), TICKET_ESCALATION_LEVEL_INVALID);
    rejects(resolved(), act('escalated', t(4), { toPositionIds: ['x'], level: 1 }), TICKET_ACTION_NOT_ALLOWED);
  });

  it('given a ticket with a contractor, when escalated, then our positions take it from the contractor', () => {
    const withContractor = applyAction(replay(registered(t(0))), act('routed', t(1), { target: { kind: 'contractor', contractorId: 'pars-net' }, ruleId: null }));
    const state = applyAction(withContractor, act('escalated', t(2), { toPositionIds: ['network-lead'], level: 1 }));
    assert.equal(state.contractorId, null);
    assert.deepEqual(state.assignedPositionIds, ['network-lead']);
  });

  it('given a parallel referral, when each part is completed, then the ticket waits for the rest and then returns to the referrer', () => {
    const referred = applyAction(inProgress(), act('referred', t(3), { toPositionIds: ['printer-expert', 'network-lead'], note: 'each check your side', parallel: true }));
    assert.deepEqual(referred.assignedPositionIds, ['printer-expert', 'network-lead']);
    assert.deepEqual(referred.pendingPartPositionIds, ['printer-expert', 'network-lead']);
    assert.deepEqual(allowedActions(referred), ['partCompleted', 'noted', 'closed']);
    rejects(referred, act('resolved', t(4), { resolution: '', byPositionId: 'network-expert' }), TICKET_ACTION_NOT_ALLOWED);
    rejects(referred, act('partCompleted', t(4), { positionId: 'ceo', note: '' }), TICKET_PART_NOT_PENDING);

    const half = applyAction(referred, act('partCompleted', t(4), { positionId: 'network-lead', note: 'firewall fine' }));
    assert.deepEqual(half.assignedPositionIds, ['printer-expert']);
    const done = applyAction(half, act('partCompleted', t(5), { positionId: 'printer-expert', note: 'driver updated' }));
    assert.deepEqual(done.assignedPositionIds, ['network-expert']);
    assert.deepEqual(done.pendingPartPositionIds, []);
    assert.equal(done.status, 'inProgress');
    assert.equal(applyAction(done, act('resolved', t(6), { resolution: 'ok', byPositionId: 'network-expert' })).status, 'resolved');
  });

  it('given no parallel referral, when a part is completed, then that is not allowed', () => {
    rejects(inProgress(), act('partCompleted', t(3), { positionId: 'network-expert', note: '' }), TICKET_ACTION_NOT_ALLOWED);
  });

  it('given a ticket waiting for its requester or a postponement, when it is referred or escalated, then that waits until it is back in a cartable', () => {
    const waiting = applyAction(inProgress(), act('informationRequested', t(3), { question: 'which office?' }));
    rejects(waiting, act('referred', t(4), { toPositionIds: ['network-lead'], note: '' }), TICKET_ACTION_NOT_ALLOWED);
    const postponed = applyAction(inProgress(), act('postponed', t(3), { until: t(600), reason: 'part on order' }));
    rejects(postponed, act('escalated', t(4), { toPositionIds: ['network-lead'], level: 1 }), TICKET_ACTION_NOT_ALLOWED);
  });

  it('given a resolved ticket, when closed, then only reasons that follow a resolution are accepted', () => {
    const state = closed();
    assert.equal(state.status, 'closed');
    assert.equal(state.closeReason, 'satisfied');
    rejects(resolved(), act('closed', t(4), { reason: 'cancelled' }), TICKET_CLOSE_REASON_NOT_ALLOWED);
  });

  it('given an open ticket, when closed, then only cancellation or duplicate is accepted', () => {
    assert.equal(applyAction(routed(), act('closed', t(2), { reason: 'duplicate' })).closeReason, 'duplicate');
    rejects(routed(), act('closed', t(2), { reason: 'satisfied' }), TICKET_CLOSE_REASON_NOT_ALLOWED);
  });

  it('given a closed ticket, when anything is applied, then the ticket is closed', () => {
    for (const action of [
      act('resolved', t(5), { resolution: '', byPositionId: null }),
      act('reopened', t(5), { reason: '', toPositionIds: null }),
      act('noted', t(5), { text: 'late remark', visibleToRequester: false }),
      act('closed', t(5), { reason: 'satisfied' }),
    ]) {
      rejects(closed(), action, TICKET_CLOSED);
    }
  });

  it('given an action earlier than the last one, when applied, then it is out of order; the same instant is fine', () => {
    rejects(inProgress(), act('noted', t(1), { text: '', visibleToRequester: false }), TICKET_ACTION_OUT_OF_ORDER);
    assert.equal(applyAction(inProgress(), act('noted', t(2), { text: '', visibleToRequester: false })).status, 'inProgress');
  });

  it('given an invalid time, when applied, then it is refused', () => {
    assert.throws(() => applyAction(inProgress(), act('noted', new Date(Number.NaN), { text: '', visibleToRequester: false })), RangeError);
  });

  it('given each status, when a user interface asks what it may offer, then the table answers', () => {
    assert.deepEqual(allowedActions(null), ['registered']);
    assert.deepEqual(allowedActions(closed()), []);
    assert.ok(allowedActions(resolved()).includes('reopened'));
    assert.ok(!allowedActions(resolved()).includes('resolved'));
  });

  it('given an action on a closed ticket, when the error is caught, then its details name the action', () => {
    try {
      applyAction(closed(), act('resolved', t(5), { resolution: '', byPositionId: null }));
      assert.fail('expected an error');
    } catch (error) {
      assert.ok(error instanceof BusinessRuleError);
      assert.deepEqual(error.details, { action: 'resolved' });
    }
  });
});
