import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AriDouble } from './ari-double.js';
import { ClientSession } from './test-support/client-session.js';

let double: AriDouble;
let session: ClientSession;

beforeEach(async () => {
  double = await AriDouble.start({
    speed: 50,
    sounds: [
      { id: 'prompt/long', durationMs: 60_000, formats: [{ language: 'fa', format: 'slin' }] },
      { id: 'prompt/short', durationMs: 500, formats: [{ language: 'fa', format: 'slin' }] },
    ],
  });
  session = await ClientSession.open(double);
});

afterEach(async () => {
  session.close();
  await double.stop();
});

async function answeredCall(): Promise<string> {
  const call = double.placeCall({ to: '100' });
  await session.client.channels.answer({ channelId: call.channelId });
  return call.channelId;
}


describe('AriDouble: playbacks', () => {
  it('given two prompts, when played back to back, then the second waits queued and starts when the first finishes', async () => {
    const channelId = await answeredCall();

    const first = await session.client.channels.play({ channelId, media: 'sound:prompt/short', playbackId: 'p1' });
    const second = await session.client.channels.play({ channelId, media: 'sound:prompt/short', playbackId: 'p2' });
    await session.event('PlaybackFinished', (e) => (e.playback as { id: string }).id === 'p2');

    assert.equal(first.state, 'queued');
    assert.equal(second.state, 'queued');
    assert.deepEqual(session.types().slice(2), ['PlaybackStarted', 'PlaybackFinished', 'PlaybackStarted', 'PlaybackFinished']);
  });

  it('given a playing prompt, when the app stops it, then PlaybackFinished still says done, and the double no longer lists it', async () => {
    const channelId = await answeredCall();
    await session.client.channels.play({ channelId, media: 'sound:prompt/long', playbackId: 'long-1' });
    await session.event('PlaybackStarted');
    assert.equal(double.channel(channelId)?.playing, 'sound:prompt/long');

    await session.client.playbacks.stop({ playbackId: 'long-1' });

    const finished = await session.event('PlaybackFinished');
    assert.equal((finished.playback as { state: string }).state, 'done');
    assert.equal(double.channel(channelId)?.playing, undefined);
    await assert.rejects(session.client.playbacks.get({ playbackId: 'long-1' }), { message: '{"message":"Playback not found"}' });
  });

  it('given several media, when played, then PlaybackContinuing marks each step and next_media_uri shows what comes', async () => {
    const channelId = await answeredCall();

    const playback = await session.client.channels.play({ channelId, media: ['sound:prompt/short', 'digits:12'], playbackId: 'multi' });
    await session.event('PlaybackFinished');

    assert.equal(playback.next_media_uri, 'digits:12');
    assert.deepEqual(session.types().slice(2), ['PlaybackStarted', 'PlaybackContinuing', 'PlaybackStarted', 'PlaybackFinished']);
  });

  it('given an unknown prompt, when played, then it starts and finishes as failed', async () => {
    const channelId = await answeredCall();

    await session.client.channels.play({ channelId, media: 'sound:missing', playbackId: 'missing' });
    const finished = await session.event('PlaybackFinished');

    assert.equal((finished.playback as { state: string }).state, 'failed');
  });

  it('given a playing prompt, when paused, then it no longer finishes until unpaused; pausing twice is a 409', async () => {
    const channelId = await answeredCall();
    // The long prompt (1.2 s at this speed): a short one could end before a busy machine pauses it.
    await session.client.channels.play({ channelId, media: 'sound:prompt/long', playbackId: 'paused' });
    await session.event('PlaybackStarted');

    await session.client.playbacks.control({ playbackId: 'paused', operation: 'pause' });
    await assert.rejects(session.client.playbacks.control({ playbackId: 'paused', operation: 'pause' }), { message: '{"message":"Can only pause while media is playing"}' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(session.types().includes('PlaybackFinished'), false);

    await session.client.playbacks.control({ playbackId: 'paused', operation: 'unpause' });
    await session.event('PlaybackFinished');
  });
});

describe('AriDouble: recordings', () => {
  it('given a recording with a maximum duration, when it runs out, then RecordingFinished reports the seconds and the file is a WAV', async () => {
    const channelId = await answeredCall();

    const live = await session.client.channels.record({ channelId, name: 'msg-1', format: 'wav', maxDurationSeconds: 2, beep: true, ifExists: 'overwrite' });
    const finished = await session.event('RecordingFinished');
    const file = await session.client.recordings.getStoredFile({ recordingName: 'msg-1' });

    assert.equal(live.state, 'queued');
    assert.deepEqual(finished.recording, { name: 'msg-1', format: 'wav', state: 'done', target_uri: `channel:${channelId}`, duration: 2 });
    assert.equal(file.subarray(0, 4).toString('ascii'), 'RIFF');
    assert.deepEqual(double.state().storedRecordings.map((r) => r.name), ['msg-1']);
  });

  it('given terminateOn #, when the caller presses #, then the recording ends with the digit', async () => {
    const channelId = await answeredCall();
    await session.client.channels.record({ channelId, name: 'msg-2', format: 'wav', maxDurationSeconds: 60, terminateOn: '#' });
    await session.event('RecordingStarted');

    await double.pressDigits(channelId, '#');

    await session.event('RecordingFinished');
    assert.deepEqual(session.types().slice(-2), ['ChannelDtmfReceived', 'RecordingFinished']);
  });

  it('given a name already stored, when recording with ifExists=fail, then 409 as Asterisk answers', async () => {
    const channelId = await answeredCall();
    await session.client.channels.record({ channelId, name: 'msg-3', format: 'wav', maxDurationSeconds: 1 });
    await session.event('RecordingFinished');

    await assert.rejects(session.client.channels.record({ channelId, name: 'msg-3', format: 'wav' }), { message: `{"message":"Recording 'msg-3' already exists and can not be overwritten"}` });
  });

  it('given a live recording, when the app cancels it, then it finishes canceled and nothing is stored', async () => {
    const channelId = await answeredCall();
    await session.client.channels.record({ channelId, name: 'msg-4', format: 'wav', maxDurationSeconds: 60 });
    await session.event('RecordingStarted');

    await session.client.recordings.cancel({ recordingName: 'msg-4' });

    assert.equal(((await session.event('RecordingFinished')).recording as { state: string }).state, 'canceled');
    assert.deepEqual(double.state().storedRecordings, []);
  });

  it('given a caller in a bridge, when recording the channel, then RecordingFailed says why', async () => {
    const channelId = await answeredCall();
    const bridge = await session.client.bridges.create({ type: 'mixing', bridgeId: 'b-rec' });
    await session.client.bridges.addChannel({ bridgeId: bridge.id, channel: channelId });

    await session.client.channels.record({ channelId, name: 'msg-5', format: 'wav' });

    const failed = await session.event('RecordingFailed');
    assert.equal((failed.recording as { cause: string }).cause, 'Cannot record channel while in bridge');
  });
});
