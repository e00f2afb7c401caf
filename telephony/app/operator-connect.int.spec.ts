import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { IVR_PROMPTS, QUEUE_PROMPTS } from '../../core/telephony/telephony-prompts.js';
import { TelephonyHarness } from '../test-support/telephony-harness.js';

let harness: TelephonyHarness;

beforeEach(async () => {
  harness = await TelephonyHarness.start();
});

afterEach(async () => {
  await harness.stop();
});

/** A known caller who chose support › hardware and network and now waits in that queue. */
async function callerInHardwareQueue(phone = '+989121234567') {
  const personId = await harness.person({ phone, firstName: 'مریم', lastName: 'احمدی' });
  const call = harness.double.placeCall({ to: '1500', callerNumber: `0${phone.slice(3)}` });
  await harness.untilPlaying(call.channelId, IVR_PROMPTS.mainMenu);
  await harness.double.pressDigits(call.channelId, '1');
  await harness.untilPlaying(call.channelId, IVR_PROMPTS.supportMenu);
  await harness.double.pressDigits(call.channelId, '3');
  return { personId, channelId: call.channelId };
}

describe('operator connect against the ARI double', () => {
  it('given a caller in a queue, when the operator answers, then they are bridged, the caller card pops up and the bridge is recorded', async () => {
    await harness.logIn(7, ['hardware-network']);
    const { personId, channelId } = await callerInHardwareQueue();
    await harness.until(() => harness.ringingChannelOf(7) !== undefined, 'the operator phone ringing');
    const operatorChannel = harness.ringingChannelOf(7) as string;

    harness.double.answerRinging(operatorChannel);

    await harness.until(() => harness.eventsOf('call.answered').length === 1, 'the screen pop');
    const [pop] = harness.eventsOf('call.answered');
    assert.ok(pop?.type === 'call.answered');
    assert.equal(pop.operatorUserId, 7);
    const card = pop.data.card as { person: { id: number; name: string }; phone: string };
    assert.equal(card.person.id, personId);
    assert.equal(card.person.name, 'مریم احمدی');
    assert.equal(pop.data.ivrPath, '1>3');
    assert.equal(pop.data.queueId, 'hardware-network');
    await harness.until(() => harness.double.channel(channelId)?.bridgeId !== undefined && harness.double.state().liveRecordings.length === 1, 'bridge and recording');
    const bridgeId = harness.double.channel(channelId)?.bridgeId as string;
    assert.deepEqual([...harness.double.channelsInBridge(bridgeId)].sort(), [channelId, operatorChannel].sort());
    assert.equal(harness.eventsOf('call.offered')[0]?.operatorUserId, 7);
  });

  it('given a conversation, when the caller hangs up, then the operator phone is hung up, the call row is complete and the recording kept', async () => {
    await harness.logIn(7, ['hardware-network']);
    const { channelId } = await callerInHardwareQueue();
    await harness.until(() => harness.ringingChannelOf(7) !== undefined, 'the operator phone ringing');
    const operatorChannel = harness.ringingChannelOf(7) as string;
    harness.double.answerRinging(operatorChannel);
    await harness.until(() => harness.double.state().liveRecordings.some((r) => r.state === 'recording'), 'recording');
    const callKey = harness.app.activeCalls()[0]?.key as string;

    harness.double.hangUpFromRemote(channelId);

    await harness.until(async () => (await harness.callRow(callKey))?.recording_path != null, 'the recording stored');
    const row = await harness.callRow(callKey);
    assert.equal(row?.outcome, 'answered');
    assert.equal(row?.queue_id, 'hardware-network');
    assert.equal(row?.ivr_path, '1>3');
    assert.equal(Number(row?.operator_user_id), 7);
    assert.ok(fs.existsSync(path.join(harness.filesDir, String(row?.recording_path))));
    assert.equal(harness.double.channel(operatorChannel), undefined);
    await harness.until(() => harness.eventsOf('call.ended').length === 1, 'call.ended');
    assert.equal(harness.app.operators()[0]?.status, 'wrapUp');
  });

  it('given the queue, when the caller waits, then the music plays and the position is announced in Persian', async () => {
    await harness.logIn(7, ['hardware-network'], { kind: 'no-answer' });
    await harness.logIn(8, ['hardware-network'], { kind: 'no-answer' });
    const first = await callerInHardwareQueue('+989121111111');
    const second = await callerInHardwareQueue('+989122222222');
    const third = await callerInHardwareQueue('+989123333333');

    await harness.until(() => harness.heard(third.channelId).includes(QUEUE_PROMPTS.positionBefore), 'an announcement', 10_000);

    const announcement = harness.played(third.channelId).find((prompts) => prompts[0] === QUEUE_PROMPTS.positionBefore);
    assert.deepEqual(announcement?.slice(0, 3), [QUEUE_PROMPTS.positionBefore, 'ordinal/3', QUEUE_PROMPTS.positionAfter]);
    assert.ok(first.channelId !== second.channelId);
  });
});
