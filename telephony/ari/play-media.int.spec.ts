import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AriDouble } from '../ari-double/ari-double.js';
import { memoryLogger } from '../test-support/memory-logger.js';
import type { AriConnection } from './ari-connection.js';
import { AriConflictError } from './ari-conflict-error.js';
import { connectAri } from './connect-ari.js';
import { playMedia } from './play-media.js';

let double: AriDouble;
let connection: AriConnection;

beforeEach(async () => {
  double = await AriDouble.start({
    speed: 50,
    sounds: [
      { id: 'fa/short', durationMs: 200, formats: [{ language: 'fa', format: 'slin' }] },
      { id: 'fa/long', durationMs: 60_000, formats: [{ language: 'fa', format: 'slin' }] },
    ],
  });
  connection = await connectAri({ url: double.url, username: 'asterisk', password: 'asterisk', app: 'helpdesk', backoff: { initialMs: 20, maxMs: 200, factor: 2, jitter: 0.5 }, logger: memoryLogger() });
});

afterEach(async () => {
  await connection.close();
  await double.stop();
});

async function answeredCall(): Promise<string> {
  const started = connection.waitFor('StasisStart', () => true);
  const call = double.placeCall({ to: '100' });
  await started.promise;
  await connection.call('channels.answer', { channelId: call.channelId }, (c, p) => c.channels.answer(p));
  return call.channelId;
}

describe('playMedia', () => {
  it('given a short prompt, when played, then `finished` resolves done, having listened before the play request', async () => {
    const channelId = await answeredCall();

    const playback = await playMedia(connection, { channelId }, 'sound:fa/short', { lang: 'fa' });

    assert.deepEqual(await playback.finished, { playbackId: playback.playbackId, state: 'done' });
    const play = double.restCalls.find((c) => c.path.includes('/play?'));
    assert.ok(play?.path.includes(`playbackId=${playback.playbackId}`));
  });

  it('given a long prompt, when the caller presses a key and the app stops it, then finished is still done; stopping again is fine', async () => {
    const channelId = await answeredCall();
    const playback = await playMedia(connection, { channelId }, 'sound:fa/long');
    await double.waitFor(() => double.channel(channelId)?.playing === 'sound:fa/long');

    await playback.stop();
    await playback.stop();

    assert.equal((await playback.finished).state, 'done');
  });

  it('given a prompt Asterisk cannot find, when played, then finished says failed', async () => {
    const channelId = await answeredCall();

    const playback = await playMedia(connection, { channelId }, 'sound:fa/missing');

    assert.equal((await playback.finished).state, 'failed');
  });

  it('given a prompt queued behind another, when the caller hangs up, then finished says gone', async () => {
    const channelId = await answeredCall();
    await playMedia(connection, { channelId }, 'sound:fa/long');
    const queued = await playMedia(connection, { channelId }, 'sound:fa/short');

    double.hangUpFromRemote(channelId);

    assert.equal((await queued.finished).state, 'gone');
  });

  it('given the events socket down when the prompt ends, when it reconnects, then finished says gone instead of hanging', async () => {
    const channelId = await answeredCall();
    const playback = await playMedia(connection, { channelId }, 'sound:fa/long');
    await double.waitFor(() => double.channel(channelId)?.playing === 'sound:fa/long');

    double.dropEventConnections();
    await double.waitFor(() => !connection.connected);
    await playback.stop();
    double.restoreEventConnections();

    assert.equal((await playback.finished).state, 'gone');
  });

  it('given a caller sent on to the queue in the dialplan, when the app still tries to play to it, then AriConflictError', async () => {
    const channelId = await answeredCall();
    await connection.call('channels.continueInDialplan', { channelId, context: 'transfer-target', extension: 'queue', priority: 1 }, (c, p) => c.channels.continueInDialplan(p));

    await assert.rejects(playMedia(connection, { channelId }, 'sound:fa/short'), AriConflictError);
  });
});
