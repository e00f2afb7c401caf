import { silentLogger } from '../logger.js';
import type { AriDoubleOptions, DialplanContexts, SipEndpointDefinition, SoundDefinition } from './ari-double-options.js';

/**
 * The configuration of the Asterisk 23.4.1 the transcripts in `recorded/` were taken from: its prompts
 * (durations measured between PlaybackStarted and PlaybackFinished), its `sipp` endpoint, and the test
 * dialplan that the Local channels ran. Prompt lengths of `tt-monkeys` and `demo-congrats` were not
 * observable and are estimates.
 */
export const recordedSounds: readonly SoundDefinition[] = [
  { id: 'helpdesk/goodbye', durationMs: 2812, formats: [{ language: 'fa', format: 'slin' }] },
  { id: 'helpdesk/welcome', durationMs: 5090, formats: [{ language: 'fa', format: 'slin' }] },
  { id: 'helpdesk/record', durationMs: 3090, formats: [{ language: 'fa', format: 'slin' }] },
  { id: 'tt-monkeys', durationMs: 12_000, formats: [{ language: 'en', format: 'gsm' }] },
  { id: 'demo-congrats', durationMs: 9000, formats: [{ language: 'en', format: 'gsm' }] },
  { id: 'beep', durationMs: 520, formats: [{ language: 'en', format: 'gsm' }] },
];

export const recordedEndpoints: readonly SipEndpointDefinition[] = [
  { resource: 'sipp', state: 'online', context: 'from-sipp', language: 'fa', behaviour: { kind: 'answer', afterMs: 1000 } },
];

export const recordedDialplan: DialplanContexts = {
  'test-caller': {
    ivr: [
      { app: 'NoOp', data: 'Simulated caller ${CHANNEL}' },
      { app: 'Answer' },
      { app: 'Wait', data: '2' },
      { app: 'SendDTMF', data: '1' },
      { app: 'Wait', data: '1' },
      { app: 'Playback', data: 'tt-monkeys' },
    ],
    caller: [{ app: 'Answer' }, { app: 'Playback', data: 'demo-congrats' }, { app: 'Wait', data: '60' }],
  },
  'test-operator': {
    '_op.': [{ app: 'NoOp', data: 'Operator ${EXTEN} answering' }, { app: 'Answer' }, { app: 'Wait', data: '60' }],
  },
  'transfer-target': {
    queue: [{ app: 'NoOp', data: 'Transferred into queue by ARI' }, { app: 'Answer' }, { app: 'Queue', data: 'helpdesk-q,,,,5' }],
  },
};

export const recordedAsteriskInfo: Readonly<Record<string, unknown>> = {
  build: {
    os: 'Linux',
    kernel: '6.18.44-fc-v782',
    machine: 'x86_64',
    options: 'OPTIONAL_API',
    date: '2026-11-23 07:17:33 UTC',
    user: 'root',
  },
  system: { version: '23.4.1', entity_id: '02:fc:00:00:00:01' },
  config: { name: '', default_language: 'en', setid: { user: '', group: '' } },
  status: { startup_time: '2026-11-23T07:21:52.260+0000', last_reload_time: '2026-11-23T07:21:52.260+0000' },
};

export const recordedConfiguration: AriDoubleOptions = {
  host: '127.0.0.1',
  port: 0,
  username: 'asterisk',
  password: 'asterisk',
  speed: 1,
  asteriskId: '02:fc:00:00:00:01',
  utcOffsetMinutes: 0,
  asteriskInfo: recordedAsteriskInfo,
  sounds: recordedSounds,
  endpoints: recordedEndpoints,
  dialplan: recordedDialplan,
  storedRecordings: [],
  unloadedResources: ['mailboxes'],
  firstLocalChannelNumber: 0,
  firstPjsipChannelNumber: 0,
  firstUniqueIdSequence: 1,
  answerMediaWaitMs: 500,
  ringMs: 1000,
  logger: silentLogger,
};
