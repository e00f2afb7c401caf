import { randomUUID } from 'node:crypto';
import type { AriDoubleOptions, SipEndpointDefinition } from '../ari-double-options.js';
import { asteriskTimestamp } from '../asterisk-timestamp.js';
import { Scheduler } from '../scheduler.js';
import type { ChannelJson, EventBody } from './ari-json.js';
import { Bridging } from './bridging.js';
import { DialplanRunner } from './dialplan-runner.js';
import { eventFrames } from './event-frames.js';
import { Hangups } from './hangups.js';
import { IncomingCalls } from './incoming-calls.js';
import { MediaPlayer } from './media-player.js';
import { Originator } from './originator.js';
import { Recorder } from './recorder.js';
import type { SimBridge } from './sim-bridge.js';
import type { SimChannel } from './sim-channel.js';
import type { SimPlayback } from './sim-playback.js';
import type { LiveRecording, StoredRecording } from './sim-recording.js';
import { SipTransfers } from './sip-transfers.js';
import { type EventSubject, StasisApps } from './stasis-apps.js';

/** A frame as it left the double, for tests that compare against the recorded transcripts. */
export interface SentFrame {
  readonly app: string;
  readonly frame: string;
}

/**
 * The simulated Asterisk: every channel, bridge, playback and recording, and the event routing. REST
 * handlers and the test control API both act through it; the feature modules hang off it.
 */
export class Pbx {
  readonly channels = new Map<string, SimChannel>();
  readonly bridges = new Map<string, SimBridge>();
  readonly playbacks = new Map<string, SimPlayback>();
  readonly liveRecordings = new Map<string, LiveRecording>();
  readonly storedRecordings = new Map<string, StoredRecording>();
  readonly deviceStates = new Map<string, string>();
  readonly globalVariables = new Map<string, string>();
  readonly endpoints = new Map<string, SipEndpointDefinition>();
  readonly sentFrames: SentFrame[] = [];
  readonly scheduler: Scheduler;
  readonly apps: StasisApps;
  readonly bridging: Bridging;
  readonly media: MediaPlayer;
  readonly recorder: Recorder;
  readonly dialplan: DialplanRunner;
  readonly originator: Originator;
  readonly hangups: Hangups;
  readonly incoming: IncomingCalls;
  readonly transfers: SipTransfers;
  #localNumber: number;
  #pjsipNumber: number;
  #uniqueSequence: number;

  constructor(readonly options: AriDoubleOptions) {
    this.scheduler = new Scheduler(options.speed, (error) => options.logger.error({ err: error }, 'ari double task failed'));
    this.apps = new StasisApps(options.asteriskId, () => this.timestamp(), (app, frame) => this.sentFrames.push({ app, frame }));
    this.bridging = new Bridging(this);
    this.media = new MediaPlayer(this);
    this.recorder = new Recorder(this);
    this.dialplan = new DialplanRunner(this);
    this.originator = new Originator(this);
    this.hangups = new Hangups(this);
    this.incoming = new IncomingCalls(this);
    this.transfers = new SipTransfers(this);
    this.#localNumber = options.firstLocalChannelNumber;
    this.#pjsipNumber = options.firstPjsipChannelNumber;
    this.#uniqueSequence = options.firstUniqueIdSequence;
    for (const endpoint of options.endpoints) this.endpoints.set(endpoint.resource, endpoint);
    for (const stored of options.storedRecordings) this.storedRecordings.set(stored.name, stored);
  }

  timestamp(): string {
    return asteriskTimestamp(new Date(), this.options.utcOffsetMinutes);
  }

  /** `1795418747.67`: creation second and a running sequence, as Asterisk names channels it creates itself. */
  nextUniqueId(): string {
    return `${Math.floor(Date.now() / 1000)}.${this.#uniqueSequence++}`;
  }

  nextLocalNumber(): string {
    return (this.#localNumber++).toString(16).padStart(8, '0');
  }

  nextPjsipNumber(): string {
    return (this.#pjsipNumber++).toString(16).padStart(8, '0');
  }

  newUuid(): string {
    return randomUUID();
  }

  emit(event: EventBody, subject: EventSubject): void {
    this.apps.deliver(event, subject);
  }

  /** Emits an event about one channel, built from its current snapshot. */
  emitFor(channel: SimChannel, build: (timestamp: string, json: ChannelJson) => EventBody): void {
    this.emit(build(this.timestamp(), channel.toJson()), { channelIds: [channel.id] });
  }

  setVariable(channel: SimChannel, name: string, value: string): void {
    channel.variables.set(name, value);
    this.emitFor(channel, (ts, json) => eventFrames.channelVarset(ts, json, name, value));
  }

  setState(channel: SimChannel, state: string): void {
    if (channel.state === state) return;
    channel.state = state;
    this.emitFor(channel, (ts, json) => eventFrames.channelOnly('ChannelStateChange', ts, json));
  }

  /** Runs `Stasis(app,args)` on the channel: STASISSTATUS, subscription, StasisStart. False if the app is not registered. */
  enterStasis(channel: SimChannel, app: string, args: string[]): boolean {
    channel.dialplan = { ...channel.dialplan, app_name: 'Stasis', app_data: [app, ...args].join(',') };
    this.setVariable(channel, 'STASISSTATUS', '');
    if (!this.apps.isActive(app)) {
      this.setVariable(channel, 'STASISSTATUS', 'FAILED');
      return false;
    }
    this.apps.subscribeChannel(app, channel.id, 'stasis');
    channel.stasis = { app, args, fromDialplan: true };
    this.emitFor(channel, (ts, json) => eventFrames.stasisStart(ts, json, args));
    return true;
  }

  /** StasisEnd, then the application stops receiving the channel unless it originated or subscribed it. */
  leaveStasis(channel: SimChannel, how: { reportStatus: boolean } = { reportStatus: true }): void {
    const stasis = channel.stasis;
    if (stasis === undefined) return;
    channel.stasis = undefined;
    this.emitFor(channel, (ts, json) => eventFrames.channelOnly('StasisEnd', ts, json));
    this.apps.unsubscribeChannel(stasis.app, channel.id, 'stasis');
    // Recorded: a hangup reports STASISSTATUS=SUCCESS after StasisEnd, continueInDialplan does not.
    if (stasis.fromDialplan && how.reportStatus) this.setVariable(channel, 'STASISSTATUS', 'SUCCESS');
  }

  /** Whether audio flows towards peers of this channel (a SIP phone, a prompt, music, a `;2` playing). */
  producesMedia(channel: SimChannel): boolean {
    if (channel.hasRtp && channel.sendsAudio && channel.state === 'Up') return true;
    if (channel.musicOnHold !== undefined || this.media.isPlayingOn({ kind: 'channel', id: channel.id })) return true;
    const peer = channel.localPeer;
    return peer !== undefined && peer.dialplan.app_name === 'Playback';
  }

  /**
   * Tells a Local `;2` half waiting in `Answer()` that media reached its `;1`: a prompt's first frame
   * passes at once, bridged audio on the bridge's next 20 ms mixing tick (measured: 2 ms and 11 ms).
   */
  notifyMedia(channel: SimChannel, via: 'prompt' | 'bridge' = 'prompt'): void {
    const waiting = channel.localPeer?.onFirstMedia;
    if (waiting === undefined || channel.localPeer === undefined) return;
    channel.localPeer.onFirstMedia = undefined;
    waiting(via === 'prompt' ? 2 : 10);
  }

  /** A DTMF digit arrived from the far end: ChannelDtmfReceived, and a recording may end on it. */
  receiveDtmf(channel: SimChannel, digit: string, durationMs: number): void {
    if (channel.hangingUp || channel.destroyed) return;
    this.emitFor(channel, (ts, json) => eventFrames.channelDtmfReceived(ts, json, digit, durationMs));
    this.recorder.onDtmf(channel.id, digit);
  }

  stop(): void {
    this.scheduler.cancelAll();
  }
}
