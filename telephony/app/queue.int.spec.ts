import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { IvrDefinition, QueueDefinition } from '../../core/telephony/ivr/ivr-definition.js';
import { IVR_PROMPTS, VOICEMAIL_PROMPTS } from '../../core/telephony/telephony-prompts.js';
import { TelephonyHarness, TEST_IVR_DEFINITION } from '../test-support/telephony-harness.js';

let harness: TelephonyHarness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** The default definition with the queues changed as given (no wrap-up unless said). */
function withQueues(change: (queue: QueueDefinition) => Partial<QueueDefinition>): IvrDefinition {
  return { ...TEST_IVR_DEFINITION, queues: TEST_IVR_DEFINITION.queues.map((queue) => ({ ...queue, wrapUpMs: 0, ...change(queue) })) };
}

/** A caller who goes to support › the section's key; returns their channel id and call key. */
async function caller(h: TelephonyHarness, key: '1' | '2' | '3', phone: string): Promise<{ channelId: string; callKey: string }> {
  await h.person({ phone });
  const call = h.double.placeCall({ to: '1500', callerNumber: `0${phone.slice(3)}` });
  await h.untilPlaying(call.channelId, IVR_PROMPTS.mainMenu);
  await h.double.pressDigits(call.channelId, '1');
  await h.untilPlaying(call.channelId, IVR_PROMPTS.supportMenu);
  await h.double.pressDigits(call.channelId, key);
  await h.until(() => h.app.activeCalls().some((c) => c.channelId === call.channelId && c.flow.phase !== 'menu'), 'the caller queued');
  const callKey = h.app.activeCalls().find((c) => c.channelId === call.channelId)?.key as string;
  return { channelId: call.channelId, callKey };
}

const offeredTo = (h: TelephonyHarness, callKey: string) =>
  h.eventsOf('call.offered').flatMap((event) => (event.type === 'call.offered' && event.data.callKey === callKey ? [event.operatorUserId] : []));
const answeredBy = (h: TelephonyHarness, callKey: string) =>
  h.eventsOf('call.answered').flatMap((event) => (event.type === 'call.answered' && event.data.callKey === callKey ? [event.operatorUserId] : []));

describe('ACD queues against the ARI double', () => {
  it('given two operators, when calls come and go, then each call goes to the operator idle the longest', async () => {
    harness = await TelephonyHarness.start({ definition: withQueues(() => ({})) });
    const h = harness;
    await h.logIn(7, ['hardware-network'], { kind: 'answer', afterMs: 500 });
    await h.logIn(8, ['hardware-network'], { kind: 'answer', afterMs: 500 });

    const a = await caller(h, '3', '+989121111111');
    await h.until(() => answeredBy(h, a.callKey).length === 1, 'a answered');
    const b = await caller(h, '3', '+989122222222');
    await h.until(() => answeredBy(h, b.callKey).length === 1, 'b answered');
    h.double.hangUpFromRemote(b.channelId);
    await h.until(() => h.eventsOf('call.ended').length === 1, 'b ended');
    h.double.hangUpFromRemote(a.channelId);
    await h.until(() => h.eventsOf('call.ended').length === 2, 'a ended');
    const c = await caller(h, '3', '+989123333333');
    await h.until(() => answeredBy(h, c.callKey).length === 1, 'c answered');

    assert.deepEqual([answeredBy(h, a.callKey), answeredBy(h, b.callKey), answeredBy(h, c.callKey)], [[7], [8], [8]]);
  });

  it('given an operator who does not answer, when the ring times out, then the next operator gets the call and the miss is stored', async () => {
    harness = await TelephonyHarness.start({ definition: withQueues(() => ({})) });
    const h = harness;
    await h.logIn(7, ['hardware-network'], { kind: 'no-answer' });
    await h.logIn(8, ['hardware-network'], { kind: 'answer', afterMs: 500 });

    const a = await caller(h, '3', '+989121111111');
    await h.until(() => answeredBy(h, a.callKey).length === 1, 'answered by the second operator', 8000);

    assert.deepEqual(offeredTo(h, a.callKey), [7, 8]);
    await h.until(async () => (await h.db.read.all('SELECT * FROM call_offers WHERE result IS NOT NULL')).length === 2, 'both offers closed');
    const offers = await h.db.read.all<{ operator_user_id: number; result: string }>('SELECT operator_user_id, result FROM call_offers ORDER BY id');
    assert.deepEqual(
      offers.map((offer) => [Number(offer.operator_user_id), offer.result]),
      [
        [7, 'noAnswer'],
        [8, 'answered'],
      ],
    );
  });

  it('given overflow to the general queue, when a caller has waited long enough, then an operator of the general queue takes the call', async () => {
    harness = await TelephonyHarness.start({ definition: withQueues((queue) => (queue.id === 'software' ? { overflow: { afterMs: 10_000, toQueueIds: ['general'] } } : {})) });
    const h = harness;
    await h.logIn(7, ['software']);
    await h.setStatus(7, 'paused');
    await h.logIn(9, ['general'], { kind: 'answer', afterMs: 500 });

    const a = await caller(h, '1', '+989121111111');
    await h.until(() => answeredBy(h, a.callKey).length === 1, 'answered in the general queue', 8000);

    assert.deepEqual(answeredBy(h, a.callKey), [9]);
    await h.until(async () => (await h.callRow(a.callKey))?.queue_id === 'general', 'the queue stored');
  });

  it('given the maximum wait, when it passes with nobody free, then the caller is offered voicemail filed under the section', async () => {
    harness = await TelephonyHarness.start({ definition: withQueues(() => ({ maxWaitMs: 15_000, overflow: null })) });
    const h = harness;
    await h.logIn(7, ['operating-system']);
    await h.setStatus(7, 'paused');

    const a = await caller(h, '2', '+989121111111');
    await h.until(() => h.heard(a.channelId).includes(VOICEMAIL_PROMPTS.noOperator), 'the voicemail offer', 8000);
    await h.until(() => h.double.state().liveRecordings.some((recording) => recording.state === 'recording'), 'the recording');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await h.double.pressDigits(a.channelId, '#');
    await h.until(() => h.ticketDesk.voicemails.length === 1, 'the voicemail filed');

    assert.equal(h.ticketDesk.voicemails[0]?.categoryCode, 'OS');
    assert.equal(h.ticketDesk.voicemails[0]?.ivrPath, '1>2');
    await h.until(async () => (await h.callRow(a.callKey))?.wait_ms != null, 'the wait stored');
    assert.ok(Number((await h.callRow(a.callKey))?.wait_ms) >= 15_000);
  });
});

describe('the operator in conversation against the ARI double', () => {
  async function inConversation() {
    harness = await TelephonyHarness.start({ definition: withQueues(() => ({})) });
    const h = harness;
    await h.logIn(7, ['hardware-network'], { kind: 'answer', afterMs: 300 });
    const a = await caller(h, '3', '+989121111111');
    await h.until(() => answeredBy(h, a.callKey).length === 1, 'answered');
    await h.until(() => h.double.channel(a.channelId)?.bridgeId !== undefined, 'bridged');
    return { h, ...a };
  }

  it('given a conversation, when the operator puts the caller on hold and resumes, then the caller hears music outside the bridge and comes back', async () => {
    const { h, channelId } = await inConversation();
    const bridgeId = h.double.channel(channelId)?.bridgeId;

    await h.command({ kind: 'hold', userId: 7 });
    await h.until(() => h.double.channel(channelId)?.musicOnHold !== undefined && h.double.channel(channelId)?.bridgeId === undefined, 'on hold');
    await h.command({ kind: 'resume', userId: 7 });
    await h.until(() => h.double.channel(channelId)?.bridgeId === bridgeId && h.double.channel(channelId)?.musicOnHold === undefined, 'back');

    assert.deepEqual(
      h.eventsOf('call.updated').map((event) => (event.type === 'call.updated' ? event.data.held : undefined)),
      [true, false],
    );
  });

  it('given a conversation, when the operator transfers it and the colleague answers, then the colleague is bridged and the first operator released', async () => {
    const { h, channelId, callKey } = await inConversation();
    await h.logIn(8, ['software'], { kind: 'manual' });

    await h.command({ kind: 'transfer', userId: 7, toUserId: 8 });
    await h.until(() => h.ringingChannelOf(8) !== undefined, 'the colleague ringing');
    const colleague = h.ringingChannelOf(8) as string;
    h.double.answerRinging(colleague);
    await h.until(() => answeredBy(h, callKey).length === 2, 'the colleague’s screen pop');
    await h.until(() => h.double.channelsInBridge(h.double.channel(channelId)?.bridgeId ?? '').length === 2 && h.double.channelsInBridge(h.double.channel(channelId)?.bridgeId ?? '').includes(colleague), 'the colleague bridged');

    assert.deepEqual(answeredBy(h, callKey), [7, 8]);
    const ended = h.eventsOf('call.ended').find((event) => event.operatorUserId === 7);
    assert.equal(ended?.type === 'call.ended' ? ended.data.transferredTo : undefined, 8);
    await h.until(async () => Number((await h.callRow(callKey))?.operator_user_id) === 8, 'the operator stored');
  });

  it('given a transfer to someone not available, when asked, then the operator is told and keeps the call', async () => {
    const { h, callKey } = await inConversation();

    await h.command({ kind: 'transfer', userId: 7, toUserId: 99 });

    const [failed] = h.eventsOf('call.updated');
    assert.deepEqual(failed?.type === 'call.updated' ? failed.data.transferFailed : undefined, { toUserId: 99, reason: 'unavailable' });
    assert.equal(h.app.operators().find((operator) => operator.userId === 7)?.callId, callKey);
  });

  it('given a ticket registered during the call, when the call ends, then the recording is attached to it', async () => {
    const { h, channelId, callKey } = await inConversation();
    const callId = Number((await h.callRow(callKey))?.id);
    const ticketId = await h.ticket({ trackingCode: '40000005', requesterPhone: '+989121111111', callId });

    h.double.hangUpFromRemote(channelId);
    await h.until(() => h.ticketDesk.attachments.length === 1, 'the recording attached');

    assert.equal(h.ticketDesk.attachments[0]?.ticketId, ticketId);
    assert.equal(h.ticketDesk.attachments[0]?.callId, callId);
    assert.equal(h.ticketDesk.attachments[0]?.audio.contentType, 'audio/wav');
  });

  it('given a ticket registered right after the call, when its registration is published, then the stored recording is attached', async () => {
    const { h, channelId, callKey } = await inConversation();
    h.double.hangUpFromRemote(channelId);
    await h.until(async () => (await h.callRow(callKey))?.recording_path != null, 'the recording stored');
    const callId = Number((await h.callRow(callKey))?.id);

    const ticketId = await h.ticket({ trackingCode: '40000005', requesterPhone: '+989121111111', callId });
    h.bus.publish({ type: 'ticket.changed', ticketId, trackingCode: '40000005', action: 'registered', status: 'registered', positionIds: [], requesterPersonId: null, at: new Date() });
    await h.until(() => h.ticketDesk.attachments.length === 1, 'the recording attached');

    assert.equal(h.ticketDesk.attachments[0]?.ticketId, ticketId);
  });
});
