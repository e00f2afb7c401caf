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

describe('AriDouble control API: the events WebSocket', () => {
  it('given a call up, when the connection drops, then events are lost, the call stays, and ari-client reconnects once restored', async () => {
    const call = double.placeCall({ to: '100' });
    await session.event('StasisStart');
    const reconnected = new Promise<void>((resolve) => session.client.once('WebSocketConnected', () => resolve()));

    double.dropEventConnections();
    await double.waitFor(() => double.openEventConnections === 0);
    await double.pressDigits(call.channelId, '5');
    assert.equal(double.state().applications[0]?.active, false);
    double.restoreEventConnections();
    await reconnected;
    await double.pressDigits(call.channelId, '6');

    const digits = (await session.event('ChannelDtmfReceived')).digit;
    assert.equal(digits, '6', 'the digit pressed while disconnected never arrived');
    assert.equal(double.channel(call.channelId)?.stasisApp, 'helpdesk');
  });

  it('given the connection is down, when a new call arrives, then Stasis fails because the application is not registered', async () => {
    double.dropEventConnections();
    await double.waitFor(() => double.openEventConnections === 0);

    const call = double.placeCall({ to: '100', app: 'helpdesk' });

    assert.equal(call.enteredStasis, false);
  });

  it('given a second connection for the same application, when it registers, then the first gets ApplicationReplaced and no more events', async () => {
    const second = await ClientSession.open(double);

    await session.event('ApplicationReplaced');
    double.placeCall({ to: '100' });
    await second.event('StasisStart');
    second.close();

    assert.equal(session.types().includes('StasisStart'), false);
  });
});
