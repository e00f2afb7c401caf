import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ari from 'ari-client';
import { AriDouble } from './ari-double.js';
import { rawRequest } from './test-support/raw-http.js';
import { loadTranscript } from './test-support/recorded-transcript.js';

const transcript = loadTranscript('errors');
const raw = transcript.results.raw as { method: string; path: string; status: number; contentType: string; body: string }[];
let double: AriDouble;

before(async () => {
  double = await AriDouble.start();
});

after(async () => {
  await double.stop();
});

/** The data of an ari-client resource instance, without its client and methods. */
function ownData(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key, field]) => !key.startsWith('_') && typeof field !== 'function'));
}

function basic(user: string, password: string): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

describe('the ARI double answering as errors.json recorded', () => {
  it('given no credentials, when calling, then 401 with the recorded body and a Basic challenge', async () => {
    const response = await fetch(`${double.url}/ari/asterisk/ping`);

    assert.equal(response.status, 401);
    assert.equal(await response.text(), raw[0]?.body);
    assert.equal(response.headers.get('www-authenticate'), 'Basic realm="Asterisk REST Interface"');
  });

  it('given a wrong password, when calling, then 401 with the recorded body', async () => {
    const response = await fetch(`${double.url}/ari/asterisk/ping`, { headers: basic('asterisk', 'wrong') });

    assert.equal(response.status, 401);
    assert.equal(await response.text(), raw[1]?.body);
  });

  it('given an api_key query parameter, when calling, then it is accepted like basic auth', async () => {
    const response = await fetch(`${double.url}/ari/asterisk/ping?api_key=asterisk:asterisk`);
    const body = (await response.json()) as Record<string, unknown>;

    assert.equal(response.status, 200);
    assert.deepEqual(Object.keys(body), ['ping', 'timestamp', 'asterisk_id']);
    assert.equal(body.asterisk_id, '02:fc:00:00:00:01');
  });

  it('given each recorded raw request, when sent with credentials, then status, content type and body match (ping timestamps aside)', async () => {
    for (const call of raw.slice(3)) {
      const response = await fetch(`${double.url}${call.path}`, { method: call.method, headers: basic('asterisk', 'asterisk') });
      const body = await response.text();

      assert.equal(response.status, call.status, call.path);
      assert.equal(response.headers.get('content-type'), call.contentType, call.path);
      assert.equal(body, call.body, call.path);
    }
  });

  it('given the api-docs, when fetched with the recorded Host, then the bytes are exactly the recorded files', async () => {
    for (const file of ['resources.json', 'channels.json', 'events.json', 'mailboxes.json']) {
      const response = await rawRequest(`${double.url}/ari/api-docs/${file}`, { headers: { ...basic('asterisk', 'asterisk'), Host: '127.0.0.1:8088' } });
      const recorded = readFileSync(path.join(import.meta.dirname, 'recorded', 'api-docs', file), 'utf8');

      assert.equal(response.body, recorded, file);
    }
  });

  it('given the api-docs, when fetched through another host, then basePath points at that host as Asterisk rewrites it', async () => {
    const response = await fetch(`${double.url}/ari/api-docs/channels.json`, { headers: basic('asterisk', 'asterisk') });
    const body = (await response.json()) as { basePath: string };

    assert.equal(body.basePath, `${double.url}/ari`);
  });

  it('given no credentials, when fetching resources.json as ari-client first does, then 401', async () => {
    const response = await fetch(`${double.url}/ari/api-docs/resources.json`);

    assert.equal(response.status, 401);
  });

  it('given the real ari-client, when making the recorded calls, then it rejects or resolves exactly as recorded', async () => {
    const client = await ari.connect(double.url, 'asterisk', 'asterisk');
    const calls: Record<string, () => Promise<unknown>> = {
      'channels.get(missing)': () => client.channels.get({ channelId: 'does-not-exist' }),
      'channels.originate(no endpoint)': () => client.channels.originate({ app: 'helpdesk' } as never),
      'bridges.addChannel(missing bridge)': () => client.bridges.addChannel({ bridgeId: 'nope', channel: 'x' }),
      'recordings.getStored(missing)': () => client.recordings.getStored({ recordingName: 'nope' }),
      'asterisk.ping': () => client.asterisk.ping(),
      'sounds.get(helpdesk/welcome)': () => client.sounds.get({ soundId: 'helpdesk/welcome' }),
      'endpoints.get(PJSIP/sipp)': () => client.endpoints.get({ tech: 'PJSIP', resource: 'sipp' }),
      'mailboxes.list (module not loaded)': () => client.mailboxes.list(),
    };
    const expectations = transcript.results.ariClient as { label: string; ok: boolean; message?: string; value?: Record<string, unknown> }[];

    for (const expected of expectations) {
      const call = calls[expected.label];
      assert.ok(call, expected.label);
      const outcome = await call().then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error }),
      );
      assert.equal(outcome.ok, expected.ok, expected.label);
      if (!expected.ok && 'error' in outcome) {
        assert.equal((outcome.error as Error).constructor, Error, expected.label);
        assert.equal((outcome.error as Error).message, expected.message, expected.label);
      }
      if (expected.ok && 'value' in outcome && expected.label !== 'asterisk.ping') {
        assert.deepEqual(ownData(outcome.value), expected.value, expected.label);
      }
    }
    assert.deepEqual(Object.keys(client).filter((key) => (transcript.results.ariClientResources as string[]).includes(key)), transcript.results.ariClientResources);
  });

  it('given a WebSocket without app or credentials, when upgrading, then Asterisk’s 400 / 401 come back instead', async () => {
    const upgrade = { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' };
    const withoutApp = await rawRequest(`${double.url}/ari/events?api_key=asterisk:asterisk`, { headers: upgrade });
    const withoutCredentials = await rawRequest(`${double.url}/ari/events?app=helpdesk`, { headers: upgrade });

    assert.equal(withoutApp.status, 400);
    assert.deepEqual(JSON.parse(withoutApp.body), { message: 'HTTP request is missing param: [app]' });
    assert.equal(withoutCredentials.status, 401);
  });

  it('given a URL ending in a slash, when calling, then Asterisk’s hint comes back', async () => {
    const response = await fetch(`${double.url}/ari/channels/`, { headers: basic('asterisk', 'asterisk') });

    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { message: 'ARI URLs do not end with a slash. Try /ari/channels' });
  });
});
