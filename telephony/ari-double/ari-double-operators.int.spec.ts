import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AriDouble } from './ari-double.js';
import { ClientSession } from './test-support/client-session.js';

let double: AriDouble;
let session: ClientSession;

beforeEach(async () => {
  double = await AriDouble.start({ speed: 50 });
  session = await ClientSession.open(double);
});

afterEach(async () => {
  session.close();
  await double.stop();
});

function callOperator(operator: string, channelId: string, timeout = 20) {
  return session.client.channels.originate({ endpoint: `PJSIP/${operator}`, app: 'helpdesk', appArgs: 'operator', callerId: 'Helpdesk <1500>', timeout, channelId });
}

describe('AriDouble control API: operator endpoints answering originates', () => {
  it('given an operator who answers, when the app originates to PJSIP/op1, then it rings, answers and enters Stasis with a UUID id', async () => {
    double.setEndpoint('op1', { behaviour: { kind: 'answer', afterMs: 500 } });

    const channel = await callOperator('op1', '0b6f2d3e-7a43-4f7e-9a59-1c2b3d4e5f60');
    await session.event('StasisStart');

    assert.equal(channel.state, 'Down');
    assert.match(channel.name, /^PJSIP\/op1-[0-9a-f]{8}$/);
    assert.deepEqual(session.typesFor(channel.id), ['Dial', 'ChannelStateChange', 'Dial', 'ChannelStateChange', 'Dial', 'ChannelVarset', 'StasisStart']);
    const dials = session.events.filter((e) => e.type === 'Dial').map((e) => [e.dialstatus, e.dialstring]);
    assert.deepEqual(dials, [['', 'op1'], ['RINGING', 'op1'], ['ANSWER', 'op1']]);
    assert.deepEqual(session.events.at(-1)?.args, ['operator']);
  });

  it('given a busy operator, when originated, then Dial BUSY and the channel is destroyed with cause 17', async () => {
    double.setEndpoint('op2', { behaviour: { kind: 'reject', afterMs: 200 } });

    const channel = await callOperator('op2', 'busy-1');
    const destroyed = await session.event('ChannelDestroyed');

    assert.equal(destroyed.cause, 17);
    assert.equal(destroyed.cause_txt, 'User busy');
    assert.deepEqual(session.typesFor(channel.id), ['Dial', 'ChannelStateChange', 'Dial', 'Dial', 'ChannelDestroyed']);
    assert.equal(session.events.filter((e) => e.type === 'Dial').at(-1)?.dialstatus, 'BUSY');
  });

  it('given an operator who does not answer, when the originate times out, then the channel is destroyed with cause 19', async () => {
    double.setEndpoint('op3', { behaviour: { kind: 'no-answer' } });

    await callOperator('op3', 'silent-1', 2);
    const destroyed = await session.event('ChannelDestroyed');

    assert.equal(destroyed.cause, 19);
    assert.equal(double.channel('silent-1'), undefined);
  });

  it('given a manual operator, when the test answers the ringing channel, then it enters Stasis; rejecting instead declines it', async () => {
    double.setEndpoint('op4', { behaviour: { kind: 'manual' } });
    await callOperator('op4', 'manual-1');
    await callOperator('op4', 'manual-2');
    await session.event('Dial', (e) => e.dialstatus === 'RINGING' && (e.peer as { id: string }).id === 'manual-2');

    assert.equal(double.answerRinging('manual-1'), true);
    assert.equal(double.rejectRinging('manual-2', 21), true);

    await session.event('StasisStart', (e) => (e.channel as { id: string }).id === 'manual-1');
    const declined = await session.event('ChannelDestroyed', (e) => (e.channel as { id: string }).id === 'manual-2');
    assert.equal(declined.cause_txt, 'Call Rejected');
  });

  it('given the app gives up on a ringing operator, when it hangs the channel up, then Dial NOANSWER and ChannelDestroyed follow', async () => {
    double.setEndpoint('op5', { behaviour: { kind: 'manual' } });
    await callOperator('op5', 'cancel-1');
    await session.event('Dial', (e) => e.dialstatus === 'RINGING');

    await session.client.channels.hangup({ channelId: 'cancel-1' });

    await session.event('ChannelDestroyed');
    assert.deepEqual(session.typesFor('cancel-1').slice(-3), ['ChannelHangupRequest', 'Dial', 'ChannelDestroyed']);
  });

  it('given an offline or unknown endpoint, when originating, then Asterisk cannot allocate the channel (500)', async () => {
    double.setEndpoint('op6', { state: 'offline' });

    await assert.rejects(callOperator('op6', 'x-1'), { message: '{"error":"Allocation failed"}' });
    await assert.rejects(callOperator('nobody', 'x-2'), { message: '{"error":"Allocation failed"}' });
  });

  it('given endpoints configured, when listed, then each shows its state and current channels', async () => {
    double.setEndpoint('op7', { behaviour: { kind: 'manual' } });
    await callOperator('op7', 'listed-1');

    const endpoint = await session.client.endpoints.get({ tech: 'PJSIP', resource: 'op7' });

    assert.equal(endpoint.state, 'online');
    assert.deepEqual(endpoint.channel_ids, ['listed-1']);
  });
});
