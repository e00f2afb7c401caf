import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { AriDoubleOptions } from './ari-double-options.js';
import { AriDouble } from './ari-double.js';
import { recordedAsteriskInfo } from './recorded-configuration.js';
import { loadTranscript } from './test-support/recorded-transcript.js';
import { type ReplayContext, type ReplayOptions, replayTranscript } from './test-support/replay-transcript.js';

/**
 * Simulated time runs this much faster than the recording. Kept low where the recording has a
 * Local channel's 500 ms `Answer()` wait racing the next REST call, or (ivr.json) 250 ms between
 * the DTMF that the client answers with two REST calls and the dialplan's next step, so that a busy
 * test machine cannot reorder them.
 */
const speeds = { ivr: 2, serve: 5, refer: 5, bridge: 2, all: 2 } as const;
let double: AriDouble | undefined;

afterEach(async () => {
  await double?.stop();
  double = undefined;
});

async function replay(name: keyof typeof speeds, settings: Partial<AriDoubleOptions>, options: Omit<ReplayOptions, 'speed'> = {}) {
  const speed = speeds[name];
  double = await AriDouble.start({ speed, ...settings });
  const transcript = loadTranscript(name);
  const report = await replayTranscript(double, transcript, { speed, ...options });
  assert.deepEqual(report.restDifferences, []);
  assert.deepEqual(report.frameDifferences, []);
  assert.equal(report.clientEventTypes.length, report.expectedFrameTypes.length, 'ari-client emitted every frame');
  return report;
}

/** The recorded SIP phone (sipp) calling in; the recorded channel id maps to the double's. */
function sippCalls(recordedId: string, call: Parameters<AriDouble['placeCall']>[0]) {
  return ({ double: d, ids }: ReplayContext) => {
    ids.set(recordedId, d.placeCall(call).channelId);
  };
}

function channelOf(ids: ReadonlyMap<string, string>, recordedId: string): string {
  const id = ids.get(recordedId);
  if (id === undefined) throw new Error(`no call for ${recordedId}`);
  return id;
}

describe('the ARI double replaying the recorded Asterisk 23 transcripts with the real ari-client', () => {
  it('given ivr.json (prompt, DTMF stops it, recording, goodbye, fetch the file), when replayed, then every response and frame matches in recorded order', async () => {
    const report = await replay('ivr', {});

    assert.deepEqual(report.sentFrameTypes, report.expectedFrameTypes);
  });

  it('given serve.json (one SIP call with RFC 2833 DTMF), when replayed, then every response and frame matches in recorded order', async () => {
    const sipp = '1795418818.271';
    const report = await replay(
      'serve',
      { firstPjsipChannelNumber: 0xfd, firstUniqueIdSequence: 271 },
      {
        remoteActions: {
          17: sippCalls(sipp, { to: '100', callerNumber: 'sipp', callerName: 'sipp', args: ['sipp', '100'], callId: '1-22514@127.0.0.1' }),
          22: ({ double: d, ids }) => void d.pressDigits(channelOf(ids, sipp), '1', { durationMs: 280, gapMs: 0 }),
        },
      },
    );

    assert.deepEqual(report.sentFrameTypes, report.expectedFrameTypes);
  });

  it('given bridge.json (operator bridge, transfer to a second bridge, continue to a queue), when replayed, then every frame matches in each channel’s recorded order', async () => {
    await replay('bridge', { firstLocalChannelNumber: 1 }, { ordering: 'per-channel' });
  });

  it('given refer.json (a SIP REFER handed to ARI), when replayed, then every frame matches in each channel’s recorded order', async () => {
    const sipp = '1795418747.67';
    await replay(
      'refer',
      { firstLocalChannelNumber: 8, firstPjsipChannelNumber: 0x33, firstUniqueIdSequence: 67 },
      {
        ordering: 'per-channel',
        remoteActions: {
          17: sippCalls(sipp, { to: '200', callerNumber: 'sipp', callerName: 'sipp', args: ['sipp-refer'], priority: 3, callId: '1-21182@127.0.0.1', sendsAudio: false }),
          20: ({ double: d, ids }) => d.referFromRemote(channelOf(ids, sipp), 'op3'),
          51: ({ double: d, ids }) => d.hangUpFromRemote(channelOf(ids, sipp)),
        },
      },
    );
  });

  it('given all.json (ivr then bridge on a freshly started Asterisk), when replayed, then every frame matches in each channel’s recorded order', async () => {
    const startup = '2026-11-23T07:27:29.075+0000';
    await replay(
      'all',
      {
        asteriskInfo: { ...recordedAsteriskInfo, status: { startup_time: startup, last_reload_time: startup } },
        storedRecordings: [
          { name: 'helpdesk-ivr-1795418530166', format: 'wav', seconds: 3.1 },
          { name: 'helpdesk-ivr-1795418666147', format: 'wav', seconds: 3.1 },
        ],
      },
      { ordering: 'per-channel' },
    );
  });
});
