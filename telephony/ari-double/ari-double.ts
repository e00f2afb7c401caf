import type { AriDoubleOptions, EndpointBehaviour, SipEndpointDefinition } from './ari-double-options.js';
import { ApiDocs } from './http/api-docs.js';
import { AriHttpServer, type RestCall } from './http/ari-http-server.js';
import type { BridgeJson, ChannelJson, LiveRecordingJson, PlaybackJson } from './pbx/ari-json.js';
import type { IncomingCall } from './pbx/incoming-calls.js';
import { Pbx, type SentFrame } from './pbx/pbx.js';
import type { SimChannel } from './pbx/sim-channel.js';
import { recordedConfiguration } from './recorded-configuration.js';
import { bridgeOperations } from './rest/bridge-operations.js';
import { channelMediaOperations } from './rest/channel-media-operations.js';
import { channelOperations } from './rest/channel-operations.js';
import { playbackOperations } from './rest/playback-operations.js';
import { recordingOperations } from './rest/recording-operations.js';
import { systemOperations } from './rest/system-operations.js';

export interface PlaceCallOptions {
  /** The dialled extension; by default also the only Stasis argument. */
  readonly to: string;
  readonly callerNumber?: string;
  readonly callerName?: string;
  /** `PJSIP` (default): a SIP phone's call; `Local`: a call that reached Stasis through a Local channel. */
  readonly technology?: 'PJSIP' | 'Local';
  /** The PJSIP endpoint the call comes from (default `sipp`, as recorded). */
  readonly endpoint?: string;
  /** The Stasis application (default: the only registered one). */
  readonly app?: string;
  readonly args?: readonly string[];
  /** Dialplan priority of the `Stasis()` line (2 in the recorded dialplan). */
  readonly priority?: number;
  readonly callId?: string;
  /** Whether the phone sends RTP audio (default true); matters to Local channels bridged with it. */
  readonly sendsAudio?: boolean;
}

export interface ChannelView extends ChannelJson {
  readonly bridgeId: string | undefined;
  readonly stasisApp: string | undefined;
  /** Media URI of the prompt playing on the channel now. */
  readonly playing: string | undefined;
  readonly musicOnHold: string | undefined;
  readonly onHold: boolean;
  readonly ringing: boolean;
  readonly mutedDirections: readonly string[];
  /** DTMF the application sent towards the caller. */
  readonly dtmfSentToCaller: readonly string[];
  readonly variables: Readonly<Record<string, string>>;
  /** Where continueInDialplan sent the channel. */
  readonly continuedTo: { readonly context: string; readonly exten: string; readonly priority: number } | undefined;
}

export interface DoubleState {
  readonly channels: readonly ChannelView[];
  readonly bridges: readonly (BridgeJson & { readonly playing: string | undefined; readonly musicOnHold: string | undefined })[];
  readonly playbacks: readonly PlaybackJson[];
  readonly liveRecordings: readonly LiveRecordingJson[];
  readonly storedRecordings: readonly { readonly name: string; readonly format: string; readonly seconds: number }[];
  readonly applications: readonly {
    readonly name: string;
    readonly active: boolean;
    readonly channelIds: readonly string[];
    /** Other subscriptions, as `bridge:…`, `endpoint:…`, `deviceState:…` event source URIs. */
    readonly eventSources: readonly string[];
  }[];
}

const operations = {
  ...channelOperations,
  ...channelMediaOperations,
  ...bridgeOperations,
  ...playbackOperations,
  ...recordingOperations,
  ...systemOperations,
};

/**
 * A stand-in for Asterisk 23's ARI that `ari-client` connects to unchanged, built from the recordings in
 * `recorded/`. Tests drive the outside world (callers, SIP endpoints, the network) through its control
 * methods and inspect what the application did through `state()`, `restCalls` and `sentFrames`.
 */
export class AriDouble {
  private constructor(
    /** The simulated Asterisk now serving; `restart` replaces it. */
    private readonly current: { pbx: Pbx },
    private readonly server: AriHttpServer,
    /** `http://host:port`, the URL to give `ari.connect`. */
    readonly url: string,
  ) {}

  static async start(overrides: Partial<AriDoubleOptions> = {}): Promise<AriDouble> {
    const options: AriDoubleOptions = { ...recordedConfiguration, ...overrides };
    const current = { pbx: new Pbx(options) };
    const server = new AriHttpServer(() => current.pbx, new ApiDocs(), operations);
    const address = await server.listen(options.host, options.port);
    return new AriDouble(current, server, `http://${options.host}:${address.port}`);
  }

  private get pbx(): Pbx {
    return this.current.pbx;
  }

  /**
   * Asterisk restarts: every events WebSocket drops, and channels, bridges, playbacks, live
   * recordings and applications (with their subscriptions) are gone; stored recordings, endpoints and
   * device states survive, and channel numbering starts again.
   */
  restart(): void {
    const old = this.pbx;
    old.stop();
    this.server.dropEventConnections();
    this.current.pbx = new Pbx({ ...old.options, storedRecordings: [...old.storedRecordings.values()], endpoints: [...old.endpoints.values()] });
    for (const [name, state] of old.deviceStates) this.pbx.deviceStates.set(name, state);
  }

  get username(): string {
    return this.pbx.options.username;
  }

  get password(): string {
    return this.pbx.options.password;
  }

  async stop(): Promise<void> {
    this.pbx.stop();
    await this.server.close();
  }

  /** REST calls received, oldest first. */
  get restCalls(): readonly RestCall[] {
    return this.server.restCalls;
  }

  /** Event frames sent since the start (or the last restart), oldest first, exactly as written to the WebSocket. */
  get sentFrames(): readonly SentFrame[] {
    return this.pbx.sentFrames;
  }

  // --- the outside world ---

  /** A call arrives and enters Stasis (StasisStart, state Ring), unless the application is not registered. */
  placeCall(options: PlaceCallOptions): IncomingCall {
    const app = options.app ?? this.#onlyApplication();
    return this.pbx.incoming.place({
      callerNumber: options.callerNumber ?? '',
      callerName: options.callerName ?? options.callerNumber ?? '',
      extension: options.to,
      technology: options.technology ?? 'PJSIP',
      endpoint: options.endpoint ?? 'sipp',
      app,
      appArgs: options.args ?? [options.to],
      priority: options.priority ?? 2,
      callId: options.callId,
      sendsAudio: options.sendsAudio ?? true,
    });
  }

  /** The caller presses keys; resolves once the last ChannelDtmfReceived was sent. */
  pressDigits(channelId: string, digits: string, timing: { durationMs?: number; gapMs?: number } = {}): Promise<void> {
    return this.pbx.incoming.pressDigits(this.#channel(channelId), digits, timing.durationMs ?? 100, timing.gapMs ?? 100);
  }

  /** The far end hangs up (a SIP BYE: ChannelHangupRequest without a cause). */
  hangUpFromRemote(channelId: string): void {
    this.pbx.incoming.hangUpFromRemote(this.#channel(channelId));
  }

  holdFromRemote(channelId: string, held: boolean): void {
    this.pbx.incoming.holdFromRemote(this.#channel(channelId), held);
  }

  /** The SIP phone sends a REFER (blind transfer) that Asterisk hands to ARI as ChannelTransfer. */
  referFromRemote(channelId: string, destination: string): void {
    this.pbx.transfers.refer(this.#channel(channelId), destination);
  }

  /** Adds or changes a PJSIP endpoint: how it answers originates, whether it is reachable. */
  setEndpoint(resource: string, change: Partial<Omit<SipEndpointDefinition, 'resource'>>): void {
    const current = this.pbx.endpoints.get(resource) ?? { resource, state: 'online', context: 'default', language: 'en', behaviour: { kind: 'answer', afterMs: this.pbx.options.ringMs } };
    this.pbx.endpoints.set(resource, { ...current, ...change, resource });
  }

  setEndpointBehaviour(resource: string, behaviour: EndpointBehaviour): void {
    this.setEndpoint(resource, { behaviour });
  }

  /** A ringing originated SIP call is picked up; false if the channel is not ringing. */
  answerRinging(channelId: string): boolean {
    return this.pbx.originator.answerRinging(this.#channel(channelId));
  }

  /** A ringing originated SIP call is declined (busy unless another Q.850 cause is given). */
  rejectRinging(channelId: string, cause?: number): boolean {
    return this.pbx.originator.rejectRinging(this.#channel(channelId), cause);
  }

  /** The network fails: every events WebSocket is cut and reconnects are refused until `restoreEventConnections`. */
  dropEventConnections(): void {
    this.server.refuseEventConnections(true);
    this.server.dropEventConnections();
  }

  restoreEventConnections(): void {
    this.server.refuseEventConnections(false);
  }

  get openEventConnections(): number {
    return this.server.openEventConnections;
  }

  // --- inspection ---

  state(): DoubleState {
    const pbx = this.pbx;
    return {
      channels: [...pbx.channels.values()].map((channel) => this.#view(channel)),
      bridges: [...pbx.bridges.values()].map((bridge) => ({
        ...bridge.toJson(),
        playing: pbx.media.currentOn({ kind: 'bridge', id: bridge.id })?.mediaUri,
        musicOnHold: bridge.musicOnHold,
      })),
      playbacks: [...pbx.playbacks.values()].map((playback) => playback.toJson()),
      liveRecordings: [...pbx.liveRecordings.values()].map((recording) => recording.toJson()),
      storedRecordings: [...pbx.storedRecordings.values()].map((stored) => ({ ...stored })),
      applications: pbx.apps.all().map((app) => ({
        name: app.name,
        active: app.active,
        channelIds: [...app.channels.keys()],
        eventSources: [...[...app.bridgeIds].map((id) => `bridge:${id}`), ...[...app.endpointIds].map((id) => `endpoint:${id}`), ...[...app.deviceNames].map((id) => `deviceState:${id}`)],
      })),
    };
  }

  channel(channelId: string): ChannelView | undefined {
    const channel = this.pbx.channels.get(channelId);
    return channel === undefined ? undefined : this.#view(channel);
  }

  /** Ids of the channels in a bridge, in the order they joined. */
  channelsInBridge(bridgeId: string): readonly string[] {
    return [...(this.pbx.bridges.get(bridgeId)?.channelIds ?? [])];
  }

  /** Resolves once `condition` holds (checked every few milliseconds), rejects after `timeoutMs`. */
  async waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  #view(channel: SimChannel): ChannelView {
    return {
      ...channel.toJson(),
      bridgeId: channel.bridgeId,
      stasisApp: channel.stasis?.app,
      playing: this.pbx.media.currentOn({ kind: 'channel', id: channel.id })?.mediaUri,
      musicOnHold: channel.musicOnHold,
      onHold: channel.onHold,
      ringing: channel.ringing,
      mutedDirections: [...channel.mutedDirections],
      dtmfSentToCaller: [...channel.dtmfSentToCaller],
      variables: Object.fromEntries(channel.variables),
      continuedTo: channel.continuedTo,
    };
  }

  #channel(channelId: string): SimChannel {
    const channel = this.pbx.channels.get(channelId);
    if (channel === undefined) throw new Error(`the double has no channel ${channelId}`);
    return channel;
  }

  #onlyApplication(): string {
    const active = this.pbx.apps.all().filter((app) => app.active);
    const only = active[0];
    if (only === undefined || active.length > 1) throw new Error(`placeCall needs an app: ${active.length} applications are registered`);
    return only.name;
  }
}
