import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AriDouble } from './ari-double.js';
import { ClientSession, type LoggedEvent } from './test-support/client-session.js';

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

const channelOf = (event: LoggedEvent) => event.channel as { id: string; name: string; state: string; protocol_id: string; caller: { number: string }; dialplan: Record<string, unknown>; language: string };

describe('AriDouble control API: calls from outside', () => {
  it('given a SIP caller, when the call is placed, then the app sees StasisStart first, ringing, with a SIP-style id and call id', async () => {
    const call = double.placeCall({ to: '1500', callerNumber: '09121234567', callerName: 'علی رضایی' });

    const start = await session.event('StasisStart');
    const channel = channelOf(start);
    assert.equal(call.enteredStasis, true);
    assert.match(call.channelId, /^\d{10}\.\d+$/);
    assert.equal(channel.id, call.channelId);
    assert.match(channel.name, /^PJSIP\/sipp-[0-9a-f]{8}$/);
    assert.equal(channel.state, 'Ring');
    assert.notEqual(channel.protocol_id, '');
    assert.equal(channel.caller.number, '09121234567');
    assert.deepEqual(channel.dialplan, { context: 'from-sipp', exten: '1500', priority: 2, app_name: 'Stasis', app_data: 'helpdesk,1500' });
    assert.deepEqual(start.args, ['1500']);
    assert.equal(channel.language, 'fa');
    assert.deepEqual(session.types(), ['StasisStart']);
  });

  it('given a Local call, when placed, then the app gets the ;2 half in Stasis', async () => {
    const call = double.placeCall({ to: '200', technology: 'Local', args: ['ivr', 'x'] });

    const start = await session.event('StasisStart');
    assert.match(channelOf(start).name, /^Local\/200@from-sipp-[0-9a-f]{8};2$/);
    assert.deepEqual(start.args, ['ivr', 'x']);
    assert.equal(double.channel(call.channelId)?.stasisApp, 'helpdesk');
  });

  it('given a Local call in a bridge, when its calling side hangs up, then the app sees the queued hangup, the bridge exit and StasisEnd', async () => {
    const call = double.placeCall({ to: '200', technology: 'Local' });
    await session.client.channels.answer({ channelId: call.channelId });
    await session.client.bridges.create({ type: 'mixing', bridgeId: 'b1' });
    await session.client.bridges.addChannel({ bridgeId: 'b1', channel: call.channelId });

    double.hangUpFromRemote(call.channelId);

    await session.event('StasisEnd');
    assert.deepEqual(session.typesFor(call.channelId).slice(-5), ['ChannelHangupRequest', 'ChannelHangupRequest', 'ChannelVarset', 'ChannelLeftBridge', 'StasisEnd']);
    assert.deepEqual(double.channelsInBridge('b1'), []);
  });

  it('given no application registered under that name, when a call is placed, then Stasis fails and the call is dropped', async () => {
    const call = double.placeCall({ to: '100', app: 'nobody' });

    assert.equal(call.enteredStasis, false);
    assert.equal(double.channel(call.channelId), undefined);
    assert.deepEqual(session.types(), []);
  });

  it('given an answered call, when the caller presses digits, then ChannelDtmfReceived arrives per digit with its duration, in order', async () => {
    const call = double.placeCall({ to: '100' });
    await session.client.channels.answer({ channelId: call.channelId });

    await double.pressDigits(call.channelId, '1#', { durationMs: 280 });
    await session.event('ChannelDtmfReceived', (e) => e.digit === '#');

    const digits = session.events.filter((e) => e.type === 'ChannelDtmfReceived');
    assert.deepEqual(digits.map((e) => [e.digit, e.duration_ms]), [['1', 280], ['#', 280]]);
    assert.deepEqual(session.types(), ['StasisStart', 'ChannelStateChange', 'ChannelDtmfReceived', 'ChannelDtmfReceived']);
  });

  it('given a caller hearing a prompt, when the caller hangs up (BYE), then QoS variables, a request without cause, PlaybackFinished done and StasisEnd follow', async () => {
    double = await restartWithSounds();
    const call = double.placeCall({ to: '100' });
    await session.client.channels.answer({ channelId: call.channelId });
    await session.client.channels.play({ channelId: call.channelId, media: 'sound:hello' });
    await session.event('PlaybackStarted');

    double.hangUpFromRemote(call.channelId);

    const end = await session.event('StasisEnd');
    const request = session.events.find((e) => e.type === 'ChannelHangupRequest');
    assert.ok(request);
    assert.equal('cause' in request, false);
    assert.equal('soft' in request, false);
    assert.deepEqual(
      session.types().slice(-8),
      ['ChannelVarset', 'ChannelVarset', 'ChannelVarset', 'ChannelVarset', 'ChannelVarset', 'ChannelHangupRequest', 'PlaybackFinished', 'StasisEnd'],
    );
    assert.equal((session.events.find((e) => e.type === 'PlaybackFinished')?.playback as { state: string }).state, 'done');
    assert.ok(end);
    assert.equal(double.channel(call.channelId), undefined);
  });

  it('given a call, when the caller puts it on hold and back, then ChannelHold and ChannelUnhold arrive', async () => {
    const call = double.placeCall({ to: '100' });

    double.holdFromRemote(call.channelId, true);
    double.holdFromRemote(call.channelId, false);

    await session.event('ChannelUnhold');
    assert.equal((await session.event('ChannelHold')).musicclass, 'N/A');
  });

  it('given the app sends DTMF, plays music and rings, when inspecting the channel, then the double shows what the caller got', async () => {
    const call = double.placeCall({ to: '100' });
    await session.event('StasisStart');

    await session.client.channels.sendDTMF({ channelId: call.channelId, dtmf: '123' });
    await session.client.channels.startMoh({ channelId: call.channelId, mohClass: 'persian' });
    await session.client.channels.ring({ channelId: call.channelId });
    await session.client.channels.setChannelVar({ channelId: call.channelId, variable: 'TICKET', value: 'T-1' });

    const view = double.channel(call.channelId);
    assert.deepEqual(view?.dtmfSentToCaller, ['123']);
    assert.equal(view?.musicOnHold, 'persian');
    assert.equal(view?.ringing, true);
    assert.equal(view?.variables.TICKET, 'T-1');
    assert.deepEqual(await session.client.channels.getChannelVar({ channelId: call.channelId, variable: 'TICKET' }), { value: 'T-1' });
  });

  it('given calls the app made, when reading the REST log, then each call is there with its status', async () => {
    const call = double.placeCall({ to: '100' });
    await session.client.channels.answer({ channelId: call.channelId });
    await session.client.channels.get({ channelId: 'gone' }).catch(() => undefined);

    const calls = double.restCalls.filter((c) => !c.path.includes('api-docs')).map((c) => `${c.method} ${c.path} ${c.status}`);
    assert.deepEqual(calls, [`POST /ari/channels/${call.channelId}/answer 204`, 'GET /ari/channels/gone 404']);
  });
});

async function restartWithSounds(): Promise<AriDouble> {
  session.close();
  await double.stop();
  const restarted = await AriDouble.start({ speed: 50, sounds: [{ id: 'hello', durationMs: 60_000, formats: [{ language: 'fa', format: 'slin' }] }] });
  session = await ClientSession.open(restarted);
  return restarted;
}
