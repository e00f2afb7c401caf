import { eventFrames } from './event-frames.js';
import type { Pbx } from './pbx.js';
import { SimChannel } from './sim-channel.js';

export interface IncomingCallRequest {
  readonly callerNumber: string;
  readonly callerName: string;
  /** The dialled extension; it is also the default Stasis argument. */
  readonly extension: string;
  readonly technology: 'PJSIP' | 'Local';
  /** PJSIP endpoint the call comes from (its context and language apply). */
  readonly endpoint: string;
  readonly app: string;
  readonly appArgs: readonly string[];
  readonly priority: number;
  readonly callId: string | undefined;
  readonly sendsAudio: boolean;
}

export interface IncomingCall {
  readonly channelId: string;
  readonly name: string;
  /** False when the application was not registered, so `Stasis()` failed and the call was dropped. */
  readonly enteredStasis: boolean;
}

/**
 * Calls from outside entering the Stasis application from the dialplan, as a SIP phone's call does
 * (serve.json, refer.json): StasisStart is the first event the application sees, in state Ring.
 */
export class IncomingCalls {
  #callSequence = 1;

  constructor(private readonly pbx: Pbx) {}

  place(request: IncomingCallRequest): IncomingCall {
    const channel = request.technology === 'PJSIP' ? this.#sipChannel(request) : this.#localChannel(request);
    this.pbx.channels.set(channel.id, channel);
    const entered = this.pbx.enterStasis(channel, request.app, [...request.appArgs]);
    if (!entered) this.pbx.hangups.hangUp(channel, { kind: 'silent', cause: 16 });
    return { channelId: channel.id, name: channel.name, enteredStasis: entered };
  }

  /** The caller presses keys: one ChannelDtmfReceived per digit, each after its gap and duration. */
  pressDigits(channel: SimChannel, digits: string, durationMs: number, gapMs: number): Promise<void> {
    return new Promise((resolve) => {
      let at = 0;
      for (const digit of digits) {
        at += gapMs + durationMs;
        this.pbx.scheduler.after(at, () => this.pbx.receiveDtmf(channel, digit, durationMs));
      }
      this.pbx.scheduler.after(at, resolve);
    });
  }

  /** The far end hangs up: a SIP BYE, or the calling half of a Local pair finishing. */
  hangUpFromRemote(channel: SimChannel): void {
    if (channel.technology === 'PJSIP') {
      this.pbx.hangups.hangUp(channel, { kind: 'remote' });
      return;
    }
    const far = channel.localPeer;
    if (far !== undefined) this.pbx.hangups.hangUp(far, { kind: 'silent', cause: 16 });
    else this.pbx.hangups.hangUp(channel, { kind: 'queued', cause: 16 });
  }

  /** The far end puts the call on hold (a SIP re-INVITE with sendonly). */
  holdFromRemote(channel: SimChannel, held: boolean): void {
    channel.onHold = held;
    if (held) this.pbx.emitFor(channel, (ts, json) => eventFrames.channelHold(ts, json, undefined));
    else this.pbx.emitFor(channel, (ts, json) => eventFrames.channelOnly('ChannelUnhold', ts, json));
  }

  #sipChannel(request: IncomingCallRequest): SimChannel {
    const endpoint = this.pbx.endpoints.get(request.endpoint);
    const channel = new SimChannel(this.pbx.nextUniqueId(), `PJSIP/${request.endpoint}-${this.pbx.nextPjsipNumber()}`, 'PJSIP', 'incoming', this.pbx.timestamp(), {
      state: 'Ring',
      caller: { name: request.callerName, number: request.callerNumber },
      connected: { name: '', number: '' },
      dialplan: { context: endpoint?.context ?? 'default', exten: request.extension, priority: request.priority, app_name: '', app_data: '' },
      language: endpoint?.language ?? 'en',
    });
    channel.protocolId = request.callId ?? `${this.#callSequence++}-${process.pid}@127.0.0.1`;
    channel.sendsAudio = request.sendsAudio;
    return channel;
  }

  /** A call that reached Stasis through a Local channel: the application gets the `;2` half. */
  #localChannel(request: IncomingCallRequest): SimChannel {
    const context = this.pbx.endpoints.get(request.endpoint)?.context ?? 'default';
    const base = `Local/${request.extension}@${context}-${this.pbx.nextLocalNumber()}`;
    const created = this.pbx.timestamp();
    const caller = { name: request.callerName, number: request.callerNumber };
    const calling = new SimChannel(this.pbx.nextUniqueId(), `${base};1`, 'Local', 'incoming', created, {
      state: 'Up',
      caller,
      connected: { name: '', number: '' },
      dialplan: { context, exten: request.extension, priority: 1, app_name: 'Dial', app_data: `Local/${request.extension}@${context}` },
      language: 'en',
    });
    const half = new SimChannel(this.pbx.nextUniqueId(), `${base};2`, 'Local', 'local-peer', created, {
      state: 'Ring',
      caller,
      connected: { name: '', number: '' },
      dialplan: { context, exten: request.extension, priority: request.priority, app_name: '', app_data: '' },
      language: 'en',
    });
    calling.localPeer = half;
    half.localPeer = calling;
    this.pbx.channels.set(calling.id, calling);
    return half;
  }
}
