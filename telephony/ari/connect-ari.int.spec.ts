import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { afterEach, describe, it } from 'node:test';
import { AriDouble } from '../ari-double/ari-double.js';
import { memoryLogger } from '../test-support/memory-logger.js';
import { AriAuthenticationError } from './ari-authentication-error.js';
import type { AriConnection, ConnectionChange } from './ari-connection.js';
import { AriNotFoundError } from './ari-not-found-error.js';
import { AriTimeoutError } from './ari-timeout-error.js';
import { connectAri } from './connect-ari.js';

const fastBackoff = { initialMs: 20, maxMs: 200, factor: 2, jitter: 0.5 };
let double: AriDouble | undefined;
let connection: AriConnection | undefined;

afterEach(async () => {
  await connection?.close();
  await double?.stop();
  connection = undefined;
  double = undefined;
});

function connect(started: AriDouble, extra: Partial<Parameters<typeof connectAri>[0]> = {}) {
  return connectAri({ url: started.url, username: 'asterisk', password: 'asterisk', app: 'helpdesk', backoff: fastBackoff, heartbeatMs: 1000, logger: memoryLogger(), ...extra });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('connectAri against the ARI double', () => {
  it('given Asterisk up, when connecting, then calls arrive as typed events and REST calls go through', async () => {
    double = await AriDouble.start({ speed: 50 });
    connection = await connect(double);
    const started = connection.waitFor('StasisStart', () => true);

    const call = double.placeCall({ to: '1500', callerNumber: '09121234567' });
    const event = await started.promise;
    await connection.call('channels.answer', { channelId: event.channel.id }, (c, p) => c.channels.answer(p));

    assert.equal(event.channel.id, call.channelId);
    assert.equal(event.channel.caller.number, '09121234567');
    assert.equal(double.channel(call.channelId)?.state, 'Up');
  });

  it('given a channel that is gone, when calling ARI, then AriNotFoundError names it', async () => {
    double = await AriDouble.start();
    connection = await connect(double);

    const error = await connection.call('channels.get', { channelId: 'gone' }, (c, p) => c.channels.get(p)).catch((e: unknown) => e);

    assert.ok(error instanceof AriNotFoundError);
    assert.equal(error.id, 'gone');
  });

  it('given a wrong password, when connecting, then AriAuthenticationError at once and the process survives', async () => {
    double = await AriDouble.start();

    await assert.rejects(connect(double, { password: 'wrong' }), AriAuthenticationError);
  });

  it('given Asterisk not up yet, when connecting, then it retries with backoff until Asterisk answers', async () => {
    const port = await freePort();
    const logger = memoryLogger();
    const connecting = connectAri({ url: `http://127.0.0.1:${port}`, username: 'asterisk', password: 'asterisk', app: 'helpdesk', backoff: fastBackoff, logger });

    await new Promise((resolve) => setTimeout(resolve, 150));
    double = await AriDouble.start({ port });
    connection = await connecting;

    assert.equal(connection.connected, true);
    assert.ok(logger.lines.some((line) => line.message === 'Asterisk unreachable; retrying'));
  });

  it('given an abort while Asterisk is unreachable, when connecting, then the attempts stop', async () => {
    const port = await freePort();
    const controller = new AbortController();
    const connecting = connectAri({ url: `http://127.0.0.1:${port}`, username: 'a', password: 'b', app: 'helpdesk', backoff: fastBackoff, logger: memoryLogger(), signal: controller.signal });

    controller.abort(new Error('shutting down'));

    await assert.rejects(connecting, { message: 'shutting down' });
  });

  it('given Asterisk stops answering, when calling ARI, then AriTimeoutError instead of waiting forever as ari-client would', async () => {
    double = await AriDouble.start();
    connection = await connect(double, { requestTimeoutMs: 200 });
    await double.stop();
    double = undefined;

    await assert.rejects(
      connection.call('asterisk.ping', {}, (c) => c.asterisk.ping()),
      AriTimeoutError,
    );
  });

  it('given a call up, when the events socket drops and comes back, then the application is registered again, its event sources resubscribed, and the call goes on', async () => {
    double = await AriDouble.start({ speed: 50 });
    connection = await connect(double, { eventSources: ['endpoint:PJSIP/sipp'] });
    const changes: ConnectionChange[] = [];
    connection.onConnectionChange((change) => changes.push(change));
    const started = connection.waitFor('StasisStart', () => true);
    const call = double.placeCall({ to: '100' });
    await started.promise;
    await connection.call('channels.answer', { channelId: call.channelId }, (c, p) => c.channels.answer(p));

    double.dropEventConnections();
    await double.waitFor(() => changes.includes('disconnected'));
    await double.pressDigits(call.channelId, '1');
    double.restoreEventConnections();
    await double.waitFor(() => changes.includes('reconnected'), 3000);
    const digit = connection.waitFor('ChannelDtmfReceived', (e) => e.channel.id === call.channelId);
    await double.pressDigits(call.channelId, '2');

    assert.equal((await digit.promise).digit, '2');
    assert.deepEqual(changes, ['disconnected', 'reconnected']);
    const subscriptions = double.restCalls.filter((c) => c.path.startsWith('/ari/applications/helpdesk/subscription'));
    assert.equal(subscriptions.length, 2);
    assert.equal(double.channel(call.channelId)?.stasisApp, 'helpdesk');
  });

  it('given the event types the application handles, when connected and again after Asterisk restarts, then Asterisk sends only those', async () => {
    double = await AriDouble.start({ speed: 50 });
    connection = await connect(double, { eventTypes: ['StasisStart', 'ChannelDtmfReceived'] });
    const types = new Set<string>();
    connection.onAnyEvent((event) => types.add(event.type));
    const reconnected = new Promise<void>((resolve) => connection?.onConnectionChange((change) => change === 'reconnected' && resolve()));
    double.restart();
    await reconnected;

    const started = connection.waitFor('StasisStart', () => true);
    const call = double.placeCall({ to: '100' });
    await started.promise;
    await connection.call('channels.answer', { channelId: call.channelId }, (c, p) => c.channels.answer(p));
    const digit = connection.waitFor('ChannelDtmfReceived', (e) => e.channel.id === call.channelId);
    await double.pressDigits(call.channelId, '1');
    await digit.promise;

    assert.deepEqual([...types], ['StasisStart', 'ChannelDtmfReceived']);
    assert.ok(double.sentFrames.some((sent) => sent.frame.includes('"type":"ChannelStateChange"')) === false, 'the answer\'s state change was not sent');
    const application = (await connection.call('applications.get', { applicationName: 'helpdesk' }, (c, p) => c.applications.get(p))) as unknown as { events_allowed: unknown };
    assert.deepEqual(application.events_allowed, [{ type: 'StasisStart' }, { type: 'ChannelDtmfReceived' }]);
  });

  it('given Asterisk restarts, when the socket reconnects, then the application and its event sources exist again on the fresh Asterisk', async () => {
    double = await AriDouble.start();
    connection = await connect(double, { eventSources: ['endpoint:PJSIP/sipp'] });
    const reconnected = new Promise<void>((resolve) => connection?.onConnectionChange((change) => change === 'reconnected' && resolve()));

    double.restart();
    await reconnected;

    await double.waitFor(() => double?.state().applications[0]?.eventSources.includes('endpoint:PJSIP/sipp') === true);
    assert.equal(double.state().applications[0]?.active, true);
  });
});
