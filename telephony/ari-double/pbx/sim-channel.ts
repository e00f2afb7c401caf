import type { CallerIdJson, ChannelJson, DialplanJson } from './ari-json.js';

export type ChannelTechnology = 'PJSIP' | 'Local' | 'Snoop';

/** How the channel came to exist, which decides its dialplan on destruction and its subscriptions. */
export type ChannelOrigin = 'incoming' | 'originated' | 'local-peer' | 'snoop';

export interface StasisMembership {
  readonly app: string;
  readonly args: string[];
  /** Entered from a dialplan `Stasis()` (sets STASISSTATUS afterwards) rather than by ARI move. */
  readonly fromDialplan: boolean;
}

/** One simulated Asterisk channel and everything the double tracks about it. */
export class SimChannel {
  state: string;
  protocolId = '';
  caller: CallerIdJson;
  connected: CallerIdJson;
  readonly accountcode = '';
  dialplan: DialplanJson;
  language: string;
  readonly variables = new Map<string, string>();
  stasis: StasisMembership | undefined;
  bridgeId: string | undefined;
  /** A bridge this channel was moved out of, which Asterisk keeps alive until the channel leaves its next bridge. */
  lingeringBridgeId: string | undefined;
  /** The other half of a Local channel pair. */
  localPeer: SimChannel | undefined;
  hangingUp = false;
  destroyed = false;
  hangupCause = 16;
  playbackCount = 0;
  musicOnHold: string | undefined;
  onHold = false;
  ringing = false;
  readonly mutedDirections = new Set<string>();
  /** DTMF the application sent towards the caller (POST /channels/{id}/dtmf). */
  readonly dtmfSentToCaller: string[] = [];
  /** Set while a Local `;2` half waits in `Answer()` for the first media frame, arriving after `delayMs`. */
  onFirstMedia: ((delayMs: number) => void) | undefined;
  /** Whether the far end of a SIP call sends RTP audio (the recorded REFER test phone did not). */
  sendsAudio = true;
  /** A caller-id change that a Local `;2` half reports at its next dialplan step. */
  callerIdChangePending = false;
  /** Where `continueInDialplan` sent the channel. */
  continuedTo: { context: string; exten: string; priority: number } | undefined;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly technology: ChannelTechnology,
    readonly origin: ChannelOrigin,
    readonly creationtime: string,
    init: {
      state: string;
      caller: CallerIdJson;
      connected: CallerIdJson;
      dialplan: DialplanJson;
      language: string;
    },
  ) {
    this.state = init.state;
    this.caller = { ...init.caller };
    this.connected = { ...init.connected };
    this.dialplan = { ...init.dialplan };
    this.language = init.language;
  }

  /** RTP flows on SIP channels; the double uses it to decide QoS variables and whether media reaches a peer. */
  get hasRtp(): boolean {
    return this.technology === 'PJSIP';
  }

  toJson(): ChannelJson {
    return {
      id: this.id,
      name: this.name,
      state: this.state,
      protocol_id: this.protocolId,
      caller: { name: this.caller.name, number: this.caller.number },
      connected: { name: this.connected.name, number: this.connected.number },
      accountcode: this.accountcode,
      dialplan: {
        context: this.dialplan.context,
        exten: this.dialplan.exten,
        priority: this.dialplan.priority,
        app_name: this.dialplan.app_name,
        app_data: this.dialplan.app_data,
      },
      creationtime: this.creationtime,
      language: this.language,
    };
  }
}
