import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_IVR_DEFINITION } from '../ivr/default-ivr-definition.js';
import type { IvrDefinition, QueueDefinition } from '../ivr/ivr-definition.js';
import { Acd } from './acd.js';
import type { AcdDecision } from './acd-decision.js';

const SECOND = 1000;
const queue = (id: string, changes: Partial<QueueDefinition> = {}): QueueDefinition => ({
  id,
  name: { fa: id, en: id },
  categoryCode: id,
  ringTimeoutMs: 20 * SECOND,
  announceEveryMs: 30 * SECOND,
  maxWaitMs: 300 * SECOND,
  overflow: null,
  wrapUpMs: 0,
  ...changes,
});
const definition = (queues: QueueDefinition[], changes: Partial<IvrDefinition> = {}): IvrDefinition => ({ ...DEFAULT_IVR_DEFINITION, queues, defaultHandleMs: 120 * SECOND, ...changes });
const operator = (userId: number, queueIds = ['software']) => ({ userId, endpoint: `PJSIP/op${userId}`, queueIds });

function of<K extends AcdDecision['kind']>(decisions: readonly AcdDecision[], kind: K): Extract<AcdDecision, { kind: K }>[] {
  return decisions.filter((decision): decision is Extract<AcdDecision, { kind: K }> => decision.kind === kind);
}

/** Runs the ACD's ticks up to `until`, as the executor's timer would. */
function runUntil(acd: Acd, until: number): AcdDecision[] {
  const decisions: AcdDecision[] = [];
  for (;;) {
    const next = acd.nextWakeAt();
    if (next === null || next > until) return decisions;
    decisions.push(...acd.tick(next));
  }
}

describe('Acd: distribution', () => {
  it('given operators free since different times, when calls arrive, then each goes to the longest-idle operator', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.logIn(operator(2), 5 * SECOND);
    acd.logIn(operator(3), 10 * SECOND);

    const first = acd.enqueue('a', 'software', 20 * SECOND);
    const second = acd.enqueue('b', 'software', 21 * SECOND);

    assert.deepEqual(of(first, 'ring').map((ring) => ring.userId), [1]);
    assert.deepEqual(of(second, 'ring').map((ring) => ring.userId), [2]);
  });

  it('given a day of calls, when each operator finishes in turn, then the next call goes to whoever has waited longest since their last call', () => {
    const acd = new Acd(definition([queue('software')]));
    for (const id of [1, 2, 3]) acd.logIn(operator(id), 0);
    const talk = (callId: string, at: number) => {
      const ring = of(acd.enqueue(callId, 'software', at), 'ring')[0];
      assert.ok(ring !== undefined);
      acd.answered(callId, ring.userId, at + SECOND);
      return ring.userId;
    };
    const taken = [talk('a', 10), talk('b', 20), talk('c', 30)];
    acd.end('b', 100 * SECOND);
    acd.end('a', 110 * SECOND);
    acd.end('c', 120 * SECOND);

    const next = [talk('d', 130 * SECOND), talk('e', 131 * SECOND), talk('f', 132 * SECOND)];

    assert.deepEqual(taken, [1, 2, 3]);
    assert.deepEqual(next, [2, 1, 3]);
  });

  it('given calls waiting in two queues, when an operator of both becomes free, then the oldest call is served first', () => {
    const acd = new Acd(definition([queue('software'), queue('network')]));
    acd.logIn(operator(1, ['software', 'network']), 0);
    acd.enqueue('busy-call', 'software', 0);
    acd.answered('busy-call', 1, 0);
    acd.enqueue('net', 'network', 10);
    acd.enqueue('soft', 'software', 20);

    const decisions = acd.end('busy-call', 30);

    assert.deepEqual(of(decisions, 'ring').map((ring) => ring.callId), ['net']);
  });

  it('given an operator who answers, when connected, then the wait is reported and the operator is busy', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.enqueue('a', 'software', 1000);

    const decisions = acd.answered('a', 1, 4000);

    assert.deepEqual(decisions, [{ kind: 'connected', callId: 'a', userId: 1, queueId: 'software', waitedMs: 3000 }]);
    assert.equal(acd.operators()[0]?.status, 'busy');
    assert.equal(acd.operatorOf('a'), 1);
    assert.equal(acd.conversationOf(1), 'a');
  });

  it('given a talk time, when the call ends, then it is reported and the operator is free again after the wrap-up', () => {
    const acd = new Acd(definition([queue('software', { wrapUpMs: 10 * SECOND })]));
    acd.logIn(operator(1), 0);
    acd.enqueue('a', 'software', 0);
    acd.answered('a', 1, 0);
    const ended = acd.end('a', 60 * SECOND);
    acd.enqueue('b', 'software', 65 * SECOND);

    assert.deepEqual(of(ended, 'ended'), [{ kind: 'ended', callId: 'a', userId: 1, queueId: 'software', talkMs: 60 * SECOND }]);
    assert.equal(acd.operators()[0]?.status, 'wrapUp');
    assert.equal(acd.nextWakeAt(), 70 * SECOND);
    assert.deepEqual(of(acd.tick(70 * SECOND), 'ring').map((ring) => ring.callId), ['b']);
  });
});

describe('Acd: ring timeout and missed calls', () => {
  it('given a ring nobody answers, when the ring timeout passes, then the ring stops and the next operator is rung', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.logIn(operator(2), 1);
    acd.enqueue('a', 'software', 10);
    assert.equal(acd.nextWakeAt(), 10 + 20 * SECOND);

    const decisions = acd.tick(10 + 20 * SECOND);

    assert.deepEqual(of(decisions, 'cancelRing'), [{ kind: 'cancelRing', callId: 'a', userId: 1 }]);
    assert.deepEqual(of(decisions, 'missed'), [{ kind: 'missed', callId: 'a', userId: 1, queueId: 'software', reason: 'noAnswer' }]);
    assert.deepEqual(of(decisions, 'ring').map((ring) => ring.userId), [2]);
  });

  it('given a busy phone, when the ring fails, then the call goes to the next operator at once', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.logIn(operator(2), 1);
    acd.enqueue('a', 'software', 10);

    const decisions = acd.ringFailed('a', 1, 'busy', 20);

    assert.deepEqual(of(decisions, 'missed').map((missed) => missed.reason), ['busy']);
    assert.deepEqual(of(decisions, 'ring').map((ring) => ring.userId), [2]);
  });

  it('given an operator who lets two calls in a row ring out, when the second times out, then they are paused', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.enqueue('a', 'software', 0);
    acd.tick(20 * SECOND);

    const decisions = acd.tick(40 * SECOND);

    assert.deepEqual(of(decisions, 'autoPaused'), [{ kind: 'autoPaused', userId: 1 }]);
    assert.equal(acd.operators()[0]?.status, 'paused');
    assert.ok(acd.isWaiting('a'));
  });

  it('given an unreachable phone, when originating fails, then it counts as missed but does not pause the operator', () => {
    const acd = new Acd(definition([queue('software')], { autoPauseAfterMisses: 1 }));
    acd.logIn(operator(1), 0);
    acd.enqueue('a', 'software', 0);

    const decisions = acd.ringFailed('a', 1, 'unreachable', 5);

    assert.deepEqual(of(decisions, 'autoPaused'), []);
  });

  it('given a stale ring failure, when it arrives after the call was answered elsewhere, then it is ignored', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.enqueue('a', 'software', 0);
    acd.answered('a', 1, 1);

    assert.deepEqual(acd.ringFailed('a', 1, 'noAnswer', 2), []);
  });

  it('given a caller who hangs up while an operator\'s phone rings, when they leave, then the ring stops and the call counts as abandoned', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.enqueue('a', 'software', 1000);

    const decisions = acd.leave('a', 9000);

    assert.deepEqual(decisions, [
      { kind: 'cancelRing', callId: 'a', userId: 1 },
      { kind: 'abandoned', callId: 'a', queueId: 'software', waitedMs: 8000 },
    ]);
    assert.equal(acd.operators()[0]?.status, 'available');
  });

  it('given an operator who answers a call that has just gone, when the answer arrives, then their phone is hung up and they stay free', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.enqueue('a', 'software', 0);
    acd.leave('a', 1);

    assert.deepEqual(acd.answered('a', 1, 2), [{ kind: 'cancelRing', callId: 'a', userId: 1 }]);
    assert.equal(acd.operators()[0]?.status, 'available');
  });
});

describe('Acd: announcements', () => {
  it('given four callers waiting, when the announcement falls due, then each hears their own position and a wait shared among the operators at work', () => {
    const acd = new Acd(definition([queue('software', { ringTimeoutMs: 60 * SECOND })]));
    acd.logIn(operator(1), 0);
    acd.logIn(operator(2), 0);
    for (const [index, callId] of ['a', 'b', 'c', 'd', 'e', 'f'].entries()) acd.enqueue(callId, 'software', index);

    const announcements = of(acd.tick(30 * SECOND + 5), 'announce');

    // a and b ring the two operators and hear nothing; c–f are first to fourth in line behind them.
    assert.deepEqual(
      announcements.map((a) => [a.callId, a.position, a.estimatedWaitMs]),
      [
        ['c', 3, 240 * SECOND],
        ['d', 4, 240 * SECOND],
        ['e', 5, 360 * SECOND],
        ['f', 6, 360 * SECOND],
      ],
    );
  });

  it('given a caller waiting alone, when minutes pass, then the position is announced every period, not more often', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.enqueue('busy', 'software', 0);
    acd.answered('busy', 1, 0);
    acd.enqueue('a', 'software', 0);

    const announcements = of(runUntil(acd, 100 * SECOND), 'announce');

    assert.deepEqual(
      announcements.map((a) => a.position),
      [1, 1, 1],
    );
  });

  it('given measured talk times, when announcing, then the estimate follows the queue\'s average handle time', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    for (let index = 0; index < 20; index++) {
      acd.enqueue(`t${index}`, 'software', index * 100 * SECOND);
      acd.answered(`t${index}`, 1, index * 100 * SECOND);
      acd.end(`t${index}`, index * 100 * SECOND + 30 * SECOND);
    }
    const start = 3000 * SECOND;
    acd.enqueue('busy', 'software', start);
    acd.answered('busy', 1, start);
    acd.enqueue('a', 'software', start);

    const [announcement] = of(acd.tick(start + 30 * SECOND), 'announce');

    assert.ok(announcement !== undefined);
    assert.ok(announcement.estimatedWaitMs < 35 * SECOND && announcement.estimatedWaitMs > 30 * SECOND, String(announcement.estimatedWaitMs));
  });
});

describe('Acd: voicemail fallback and overflow', () => {
  it('given nobody logged in to the queue, when a call arrives, then it goes to voicemail at once', () => {
    const acd = new Acd(definition([queue('software')]));

    assert.deepEqual(acd.enqueue('a', 'software', 0), [{ kind: 'toVoicemail', callId: 'a', queueId: 'software', reason: 'noOperators', waitedMs: 0 }]);
  });

  it('given an operator logged in but busy, when the maximum wait passes, then the caller goes to voicemail', () => {
    const acd = new Acd(definition([queue('software', { maxWaitMs: 60 * SECOND })]));
    acd.logIn(operator(1), 0);
    acd.enqueue('busy', 'software', 0);
    acd.answered('busy', 1, 0);
    acd.enqueue('a', 'software', 5 * SECOND);

    const decisions = runUntil(acd, 65 * SECOND);

    assert.deepEqual(of(decisions, 'toVoicemail'), [{ kind: 'toVoicemail', callId: 'a', queueId: 'software', reason: 'maxWait', waitedMs: 60 * SECOND }]);
    assert.equal(acd.isWaiting('a'), false);
  });

  it('given callers waiting, when the last operator of the queue logs out, then they go to voicemail', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.enqueue('busy', 'software', 0);
    acd.answered('busy', 1, 0);
    acd.enqueue('a', 'software', 0);
    acd.logOut(1, 10);
    acd.end('busy', 20);

    assert.deepEqual(of(acd.tick(21), 'toVoicemail').map((d) => d.callId), ['a']);
    assert.deepEqual(acd.operators(), []);
  });

  it('given overflow configured, when a call has waited long enough, then it moves to the least busy target queue and is served there', () => {
    const acd = new Acd(
      definition([queue('software', { overflow: { afterMs: 60 * SECOND, toQueueIds: ['network', 'hardware'] } }), queue('network'), queue('hardware')]),
    );
    acd.logIn(operator(1, ['software']), 0);
    acd.logIn(operator(2, ['network']), 0);
    acd.logIn(operator(3, ['hardware']), 0);
    acd.enqueue('s-busy', 'software', 0);
    acd.answered('s-busy', 1, 0);
    acd.enqueue('n-busy', 'network', 0);
    acd.answered('n-busy', 2, 0);
    acd.enqueue('n-wait', 'network', 0);
    acd.enqueue('h-busy', 'hardware', 0);
    acd.answered('h-busy', 3, 0);
    acd.enqueue('a', 'software', 1000);

    const decisions = runUntil(acd, 61 * SECOND);

    assert.deepEqual(of(decisions, 'overflowed'), [{ kind: 'overflowed', callId: 'a', fromQueueId: 'software', toQueueId: 'hardware' }]);
    assert.deepEqual(of(acd.end('h-busy', 62 * SECOND), 'ring').map((ring) => [ring.callId, ring.userId, ring.queueId]), [['a', 3, 'hardware']]);
  });

  it('given overflow configured and nobody logged in to the queue, when a call arrives, then it overflows at once instead of going to voicemail', () => {
    const acd = new Acd(definition([queue('software', { overflow: { afterMs: 60 * SECOND, toQueueIds: ['network'] } }), queue('network')]));
    acd.logIn(operator(2, ['network']), 0);

    const decisions = acd.enqueue('a', 'software', 0);

    assert.deepEqual(of(decisions, 'overflowed').map((d) => d.toQueueId), ['network']);
    assert.deepEqual(of(decisions, 'ring').map((ring) => ring.userId), [2]);
  });

  it('given overflow targets with nobody logged in either, when the call arrives, then it goes to voicemail', () => {
    const acd = new Acd(definition([queue('software', { overflow: { afterMs: 0, toQueueIds: ['network'] } }), queue('network')]));

    assert.deepEqual(of(acd.enqueue('a', 'software', 0), 'toVoicemail').length, 1);
  });

  it('given a queue the definition no longer has, when a call is sent there, then it goes to voicemail', () => {
    const acd = new Acd(definition([queue('software')]));

    assert.equal(of(acd.enqueue('a', 'gone', 0), 'toVoicemail').length, 1);
  });
});

describe('Acd: presence', () => {
  it('given an operator ringing, when they pause, then the ring stops, the call goes to the next operator, and resume makes them available', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.logIn(operator(2), 5);
    acd.enqueue('a', 'software', 10);

    const paused = acd.pause(1, 20);

    assert.deepEqual(of(paused, 'cancelRing'), [{ kind: 'cancelRing', callId: 'a', userId: 1 }]);
    assert.deepEqual(of(paused, 'ring').map((ring) => ring.userId), [2]);
    acd.resume(1, 30);
    assert.equal(acd.operators().find((o) => o.userId === 1)?.status, 'available');
  });

  it('given an operator in conversation, when they pause or log out, then it applies after the call', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.enqueue('a', 'software', 0);
    acd.answered('a', 1, 0);

    assert.deepEqual(acd.pause(1, 1), []);
    assert.equal(acd.operators()[0]?.status, 'busy');
    acd.end('a', 2);
    assert.equal(acd.operators()[0]?.status, 'paused');
  });

  it('given a paused operator, when a call arrives, then it waits rather than ringing them', () => {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.pause(1, 0);

    assert.deepEqual(acd.enqueue('a', 'software', 1), []);
    assert.ok(acd.isWaiting('a'));
  });

  it('given a logged-in operator, when they log in again with other queues, then the new queues apply', () => {
    const acd = new Acd(definition([queue('software'), queue('network')]));
    acd.logIn(operator(1, ['software']), 0);
    acd.logIn(operator(1, ['network']), 1);

    assert.deepEqual(of(acd.enqueue('a', 'network', 2), 'ring').map((ring) => ring.userId), [1]);
  });
});

describe('Acd: transfer', () => {
  function inConversation() {
    const acd = new Acd(definition([queue('software')]));
    acd.logIn(operator(1), 0);
    acd.enqueue('a', 'software', 0);
    acd.answered('a', 1, 0);
    acd.logIn(operator(2), 5);
    return acd;
  }

  it('given a conversation, when the operator transfers it to an available colleague who answers, then the colleague has the call and the first operator is free', () => {
    const acd = inConversation();

    const ring = acd.transfer('a', 2, 10);
    const decisions = acd.answered('a', 2, 12);

    assert.deepEqual(of(ring, 'ring').map((r) => [r.userId, r.transfer]), [[2, true]]);
    assert.deepEqual(of(decisions, 'transferred'), [{ kind: 'transferred', callId: 'a', fromUserId: 1, toUserId: 2 }]);
    assert.equal(acd.operatorOf('a'), 2);
    assert.equal(acd.operators().find((o) => o.userId === 1)?.status, 'available');
  });

  it('given a transfer nobody answers, when the ring times out, then the first operator keeps the call', () => {
    const acd = inConversation();
    acd.transfer('a', 2, 10);

    const decisions = acd.tick(10 + 20 * SECOND);

    assert.deepEqual(of(decisions, 'transferFailed'), [{ kind: 'transferFailed', callId: 'a', userId: 1, toUserId: 2, reason: 'noAnswer' }]);
    assert.equal(acd.operatorOf('a'), 1);
  });

  it('given a colleague who is not available, when asked to transfer, then it fails at once', () => {
    const acd = inConversation();
    acd.pause(2, 6);

    assert.deepEqual(acd.transfer('a', 2, 10), [{ kind: 'transferFailed', callId: 'a', userId: 1, toUserId: 2, reason: 'unavailable' }]);
  });

  it('given a transfer ringing, when the caller hangs up, then the colleague\'s phone stops ringing', () => {
    const acd = inConversation();
    acd.transfer('a', 2, 10);

    const decisions = acd.leave('a', 11);

    assert.deepEqual(of(decisions, 'cancelRing'), [{ kind: 'cancelRing', callId: 'a', userId: 2 }]);
    assert.deepEqual(of(decisions, 'ended').map((e) => e.userId), [1]);
  });
});

describe('Acd: snapshots', () => {
  it('given calls and operators, when the wallboard asks, then each queue shows its waiting calls and staff', () => {
    const acd = new Acd(definition([queue('software'), queue('network')]));
    acd.logIn(operator(1, ['software']), 0);
    acd.pause(1, 0);
    acd.enqueue('a', 'software', 1000);

    const [software, network] = acd.queues(4000);

    assert.deepEqual(software, { queueId: 'software', waiting: 1, oldestWaitMs: 3000, loggedIn: 1, available: 0, averageHandleMs: 120 * SECOND });
    assert.equal(network?.loggedIn, 0);
  });
});
