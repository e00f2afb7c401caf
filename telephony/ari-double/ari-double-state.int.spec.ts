import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AriDouble } from './ari-double.js';
import { ClientSession } from './test-support/client-session.js';

let double: AriDouble;
let session: ClientSession;

beforeEach(async () => {
  double = await AriDouble.start({ speed: 50, sounds: [{ id: 'queue/music', durationMs: 60_000, formats: [{ language: 'fa', format: 'slin' }] }] });
  session = await ClientSession.open(double);
});

afterEach(async () => {
  session.close();
  await double.stop();
});

async function answeredCall(to: string): Promise<string> {
  const call = double.placeCall({ to, callerNumber: to });
  await session.client.channels.answer({ channelId: call.channelId });
  return call.channelId;
}

describe('AriDouble: inspecting state and bridges', () => {
  it('given two callers bridged with a prompt on the bridge, when inspecting, then the double shows who is where and what plays', async () => {
    const a = await answeredCall('101');
    const b = await answeredCall('102');
    await session.client.bridges.create({ type: 'mixing', bridgeId: 'conf', name: 'support' });
    await session.client.bridges.addChannel({ bridgeId: 'conf', channel: [a, b] as unknown as string });
    await session.client.bridges.play({ bridgeId: 'conf', media: 'sound:queue/music', playbackId: 'music' });
    await session.event('PlaybackStarted');

    const state = double.state();
    assert.deepEqual(double.channelsInBridge('conf'), [a, b]);
    assert.equal(state.bridges[0]?.playing, 'sound:queue/music');
    assert.equal(state.bridges[0]?.technology, 'simple_bridge');
    assert.equal(double.channel(a)?.bridgeId, 'conf');
    assert.equal(double.channel(a)?.variables.BRIDGEPEER, double.channel(b)?.name);
    assert.equal(double.channel(a)?.connected.number, '102');
    assert.deepEqual(state.playbacks.map((p) => p.target_uri), ['bridge:conf']);
    assert.deepEqual(state.applications, [{ name: 'helpdesk', active: true, channelIds: [a, b], eventSources: ['bridge:conf'] }]);
  });

  it('given a created bridge, when listing events, then no BridgeCreated arrives, and destroying it sends BridgeDestroyed', async () => {
    const a = await answeredCall('101');
    await session.client.bridges.create({ type: 'holding', bridgeId: 'hold' });
    await session.client.bridges.addChannel({ bridgeId: 'hold', channel: a });

    await session.client.bridges.destroy({ bridgeId: 'hold' });

    await session.event('BridgeDestroyed');
    assert.equal(session.types().includes('BridgeCreated'), false);
    assert.deepEqual(session.types().slice(-3), ['ChannelEnteredBridge', 'ChannelLeftBridge', 'BridgeDestroyed']);
  });

  it('given a caller moved from one bridge to another, when the first is destroyed, then its BridgeDestroyed waits until the caller leaves the second', async () => {
    const caller = await answeredCall('101');
    await session.client.bridges.create({ type: 'mixing', bridgeId: 'first' });
    await session.client.bridges.create({ type: 'mixing', bridgeId: 'second' });
    await session.client.bridges.addChannel({ bridgeId: 'first', channel: caller });
    await session.client.bridges.addChannel({ bridgeId: 'second', channel: caller });

    await session.client.bridges.destroy({ bridgeId: 'first' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(session.types().includes('BridgeDestroyed'), false);

    await session.client.bridges.removeChannel({ bridgeId: 'second', channel: caller });
    await session.event('BridgeDestroyed');
    assert.deepEqual(session.types().slice(-2), ['ChannelLeftBridge', 'BridgeDestroyed']);
  });

  it('given a caller sent on with continueInDialplan, when inspecting, then the channel shows where it went and the app saw StasisEnd', async () => {
    const caller = await answeredCall('101');

    await session.client.channels.continueInDialplan({ channelId: caller, context: 'voicemail', extension: '101', priority: 1 });

    await session.event('StasisEnd');
    assert.equal(double.channel(caller), undefined, 'no such extension in the dialplan: the channel hangs up');
    assert.equal(double.restCalls.at(-1)?.status, 204);
  });
});
