import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { IVR_PROMPTS } from '../../core/telephony/telephony-prompts.js';
import { TelephonyHarness, TEST_IVR_DEFINITION } from '../test-support/telephony-harness.js';

let harness: TelephonyHarness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const definition = { ...TEST_IVR_DEFINITION, queues: TEST_IVR_DEFINITION.queues.map((queue) => ({ ...queue, wrapUpMs: 0, overflow: null })) };

async function queued(h: TelephonyHarness, phone: string) {
  await h.person({ phone });
  const call = h.double.placeCall({ to: '1500', callerNumber: `0${phone.slice(3)}` });
  await h.untilPlaying(call.channelId, IVR_PROMPTS.mainMenu);
  await h.double.pressDigits(call.channelId, '1');
  await h.untilPlaying(call.channelId, IVR_PROMPTS.supportMenu);
  await h.double.pressDigits(call.channelId, '3');
  await h.until(() => h.app.activeCalls().some((c) => c.channelId === call.channelId && c.flow.phase === 'queued'), 'queued');
  return { channelId: call.channelId, callKey: h.app.activeCalls().find((c) => c.channelId === call.channelId)?.key as string };
}

async function outage(h: TelephonyHarness, during: () => Promise<void>): Promise<void> {
  const reconnected = new Promise<void>((resolve) => h.telephony.connection.onConnectionChange((change) => change === 'reconnected' && resolve()));
  h.double.dropEventConnections();
  await h.until(() => !h.telephony.connection.connected, 'the events socket down');
  await during();
  h.double.restoreEventConnections();
  await reconnected;
}

describe('an ARI reconnect in the middle of calls', () => {
  it('given calls in the menu, the queue and a conversation, when the events socket is lost and comes back, then every call carries on from what really happened', async () => {
    harness = await TelephonyHarness.start({ definition, promptMs: 3000 });
    const h = harness;
    await h.logIn(7, ['hardware-network'], { kind: 'answer', afterMs: 300 });
    const talking = await queued(h, '+989121111111');
    await h.until(() => h.double.channel(talking.channelId)?.bridgeId !== undefined, 'bridged');
    const waiting = await queued(h, '+989122222222');
    await h.person({ phone: '+989123333333' });
    const browsing = h.double.placeCall({ to: '1500', callerNumber: '09123333333' });
    await h.untilPlaying(browsing.channelId, IVR_PROMPTS.mainMenu);
    const operatorChannel = h.double.channelsInBridge(h.double.channel(talking.channelId)?.bridgeId ?? '').find((id) => id !== talking.channelId) as string;

    await outage(h, async () => {
      // Unseen: the menu prompt ends, the waiting caller gives up, the operator hangs up.
      await new Promise((resolve) => setTimeout(resolve, 150));
      h.double.hangUpFromRemote(waiting.channelId);
      h.double.hangUpFromRemote(operatorChannel);
    });

    // The browsing caller's prompt ended unseen: the first-digit timeout runs and the menu is offered again.
    await h.until(() => h.heard(browsing.channelId).includes(IVR_PROMPTS.noInput), 'the re-prompt after the lost PlaybackFinished');
    // The waiting caller is gone: abandoned, not left in the queue.
    await h.until(async () => (await h.callRow(waiting.callKey))?.outcome === 'abandoned', 'the abandoned call stored');
    assert.equal(h.app.queues().find((queue) => queue.queueId === 'hardware-network')?.waiting, 0);
    // The operator's hangup was seen late: the caller hears goodbye and the call ends as answered.
    await h.until(() => h.double.channel(talking.channelId) === undefined, 'the caller hung up after goodbye');
    assert.ok(h.heard(talking.channelId).includes(IVR_PROMPTS.goodbye));
    await h.until(async () => (await h.callRow(talking.callKey))?.outcome === 'answered', 'the answered call stored');
    // The application is registered again and serves new callers.
    const next = h.double.placeCall({ to: '1500', callerNumber: '09123333333' });
    assert.equal(next.enteredStasis, true);
    await h.untilPlaying(next.channelId, IVR_PROMPTS.mainMenu);
  });

  it('given an operator phone ringing, when it is answered while the events socket is down, then the call is offered again after the reconnect', async () => {
    harness = await TelephonyHarness.start({ definition });
    const h = harness;
    await h.logIn(7, ['hardware-network'], { kind: 'manual' });
    const waiting = await queued(h, '+989121111111');
    await h.until(() => h.ringingChannelOf(7) !== undefined, 'ringing');
    const lost = h.ringingChannelOf(7) as string;

    await outage(h, async () => {
      // Asterisk cannot hand the answered channel to an application that is not connected: it hangs it up.
      h.double.answerRinging(lost);
    });

    await h.until(() => h.ringingChannelOf(7) !== undefined && h.ringingChannelOf(7) !== lost, 'the phone ringing again');
    h.double.answerRinging(h.ringingChannelOf(7) as string);
    await h.until(() => h.double.channel(waiting.channelId)?.bridgeId !== undefined, 'bridged');
    assert.equal(h.double.channel(lost), undefined);
    assert.deepEqual(
      h.eventsOf('call.answered').map((event) => event.operatorUserId),
      [7],
    );
  });

  it('given calls up, when Asterisk restarts, then every call is ended and operators are free for new calls', async () => {
    harness = await TelephonyHarness.start({ definition });
    const h = harness;
    await h.logIn(7, ['hardware-network'], { kind: 'answer', afterMs: 300 });
    const talking = await queued(h, '+989121111111');
    await h.until(() => h.double.channel(talking.channelId)?.bridgeId !== undefined, 'bridged');
    const reconnected = new Promise<void>((resolve) => h.telephony.connection.onConnectionChange((change) => change === 'reconnected' && resolve()));

    h.double.restart();
    await reconnected;

    await h.until(() => h.app.activeCalls().length === 0, 'the calls ended');
    await h.until(() => h.app.operators()[0]?.status === 'available', 'the operator free');
    const next = await queued(h, '+989122222222');
    await h.until(() => h.double.channel(next.channelId)?.bridgeId !== undefined, 'the next call connected');
  });
});
