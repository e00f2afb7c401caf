import type { EndpointBehaviour } from '../ari-double-options.js';
import { hangupCause } from '../hangup-cause.js';
import { parseCallerId } from './caller-id.js';
import { eventFrames } from './event-frames.js';
import type { Pbx } from './pbx.js';
import { SimChannel } from './sim-channel.js';

export interface OriginateRequest {
  readonly endpoint: string;
  readonly app: string | undefined;
  readonly appArgs: string | undefined;
  readonly context: string | undefined;
  readonly extension: string | undefined;
  readonly priority: number | undefined;
  readonly callerId: string | undefined;
  /** Seconds; -1 waits forever. */
  readonly timeout: number;
  readonly channelId: string | undefined;
  readonly otherChannelId: string | undefined;
  readonly variables: Readonly<Record<string, string>>;
}

interface Origination {
  readonly channel: SimChannel;
  readonly request: OriginateRequest;
  readonly dialstring: string;
  answered: boolean;
  readonly timers: (() => void)[];
}

const defaultTimeoutSeconds = 30;

/**
 * POST /channels: dials a Local channel (whose `;2` half runs the dialplan) or a SIP endpoint (which
 * answers, rejects or rings on as its behaviour says), then hands the answered channel to Stasis.
 */
export class Originator {
  readonly #dialling = new Map<string, Origination>();

  constructor(private readonly pbx: Pbx) {}

  /** The new channel, or undefined when Asterisk could not create it (unknown or offline endpoint). */
  originate(request: OriginateRequest): SimChannel | undefined {
    const slash = request.endpoint.indexOf('/');
    const technology = request.endpoint.slice(0, slash);
    const device = request.endpoint.slice(slash + 1);
    if (technology === 'Local') return this.#originateLocal(request, device);
    if (technology === 'PJSIP') return this.#originateSip(request, device);
    return undefined;
  }

  /** `Answer()` on a Local `;2` half answers the dialled `;1` too. */
  answerLocalHalf(half: SimChannel): void {
    this.pbx.setState(half, 'Up');
    const dialled = half.localPeer;
    if (dialled === undefined || dialled.state === 'Up') return;
    this.pbx.setState(dialled, 'Up');
    this.#answered(dialled);
  }

  /** The SIP endpoint picked up (behaviour `answer`, or the test's `answerRinging`). */
  answerRinging(channel: SimChannel): boolean {
    const origination = this.#dialling.get(channel.id);
    if (origination === undefined || origination.answered || channel.technology !== 'PJSIP') return false;
    this.pbx.setState(channel, 'Up');
    this.#answered(channel);
    return true;
  }

  /** The SIP endpoint declined: busy (17) by default. */
  rejectRinging(channel: SimChannel, cause: number = hangupCause.userBusy): boolean {
    const origination = this.#dialling.get(channel.id);
    if (origination === undefined || origination.answered) return false;
    this.#publishDial(origination, dialStatusForCause(cause));
    this.pbx.hangups.hangUp(channel, { kind: 'silent', cause });
    return true;
  }

  isRinging(channel: SimChannel): boolean {
    const origination = this.#dialling.get(channel.id);
    return origination !== undefined && !origination.answered;
  }

  /** The channel is going away: stop dialling it, and report the dial's end if someone hung it up while ringing. */
  abandon(channel: SimChannel, hungUpWhileRinging: boolean): void {
    const origination = this.#dialling.get(channel.id);
    if (origination === undefined) return;
    this.#dialling.delete(channel.id);
    for (const cancel of origination.timers) cancel();
    if (!origination.answered && hungUpWhileRinging) this.#publishDial(origination, dialStatusForCause(channel.hangupCause));
  }

  #originateLocal(request: OriginateRequest, device: string): SimChannel | undefined {
    const [exten = '', rest = ''] = device.split('@');
    const context = rest.split('/')[0] ?? '';
    if (!this.pbx.dialplan.hasContext(context)) return undefined;
    const base = `Local/${exten}@${context}-${this.pbx.nextLocalNumber()}`;
    const callerId = parseCallerId(request.callerId);
    const id = request.channelId ?? this.pbx.nextUniqueId();
    const otherId = request.otherChannelId ?? (request.channelId === undefined ? this.pbx.nextUniqueId() : `${id};2`);
    const created = this.pbx.timestamp();
    const dialled = new SimChannel(id, `${base};1`, 'Local', 'originated', created, {
      state: 'Down',
      caller: callerId,
      connected: callerId,
      dialplan: { context, exten, priority: 1, app_name: 'AppDial2', app_data: '(Outgoing Line)' },
      language: 'en',
    });
    const half = new SimChannel(otherId, `${base};2`, 'Local', 'local-peer', created, {
      state: 'Ring',
      caller: callerId,
      connected: callerId,
      dialplan: { context, exten, priority: 1, app_name: '', app_data: '' },
      language: 'en',
    });
    dialled.localPeer = half;
    half.localPeer = dialled;
    this.#register(request, dialled, device, [half]);
    this.pbx.emitFor(half, (ts, json) => eventFrames.channelCallerId(ts, json));
    this.pbx.emitFor(half, (ts, json) => eventFrames.channelOnly('ChannelConnectedLine', ts, json));
    this.#publishDial(this.#dialling.get(id), '');
    this.pbx.scheduler.after(0, () => this.pbx.dialplan.run(half, context, exten, 1));
    return dialled;
  }

  #originateSip(request: OriginateRequest, resource: string): SimChannel | undefined {
    const endpoint = this.pbx.endpoints.get(resource);
    if (endpoint === undefined || endpoint.state !== 'online') return undefined;
    const callerId = parseCallerId(request.callerId);
    const channel = new SimChannel(
      request.channelId ?? this.pbx.nextUniqueId(),
      `PJSIP/${resource}-${this.pbx.nextPjsipNumber()}`,
      'PJSIP',
      'originated',
      this.pbx.timestamp(),
      {
        state: 'Down',
        caller: callerId,
        connected: callerId,
        dialplan: { context: endpoint.context, exten: 's', priority: 1, app_name: 'AppDial2', app_data: '(Outgoing Line)' },
        language: endpoint.language,
      },
    );
    this.#register(request, channel, resource, []);
    const origination = this.#dialling.get(channel.id);
    this.#publishDial(origination, '');
    this.pbx.scheduler.after(0, () => {
      if (channel.hangingUp) return;
      channel.protocolId = `${channel.id.replace(/[^0-9a-f]/gi, '').slice(0, 16)}@pishkhan.test`;
      this.pbx.setState(channel, 'Ringing');
      this.#publishDial(origination, 'RINGING');
      origination?.timers.push(...this.#applyBehaviour(channel, endpoint.behaviour));
    });
    return channel;
  }

  #register(request: OriginateRequest, channel: SimChannel, dialstring: string, halves: SimChannel[]): void {
    for (const [name, value] of Object.entries(request.variables)) channel.variables.set(name, value);
    for (const each of [channel, ...halves]) this.pbx.channels.set(each.id, each);
    if (request.app !== undefined) {
      for (const each of [channel, ...halves]) this.pbx.apps.subscribeChannel(request.app, each.id, 'originate');
    }
    const origination: Origination = { channel, request, dialstring, answered: false, timers: [] };
    this.#dialling.set(channel.id, origination);
    const timeout = request.timeout === 0 ? defaultTimeoutSeconds : request.timeout;
    if (timeout > 0) {
      origination.timers.push(
        this.pbx.scheduler.after(timeout * 1000, () => {
          if (!origination.answered) this.pbx.hangups.hangUp(channel, { kind: 'silent', cause: hangupCause.noAnswer });
        }),
      );
    }
  }

  #applyBehaviour(channel: SimChannel, behaviour: EndpointBehaviour): (() => void)[] {
    switch (behaviour.kind) {
      case 'answer':
        return [this.pbx.scheduler.after(behaviour.afterMs, () => this.answerRinging(channel))];
      case 'reject':
        return [this.pbx.scheduler.after(behaviour.afterMs, () => this.rejectRinging(channel, behaviour.cause))];
      default:
        return [];
    }
  }

  #answered(channel: SimChannel): void {
    const origination = this.#dialling.get(channel.id);
    if (origination === undefined) return;
    origination.answered = true;
    for (const cancel of origination.timers.splice(0)) cancel();
    this.#publishDial(origination, 'ANSWER');
    const { app, appArgs, context, extension, priority } = origination.request;
    if (app !== undefined) {
      if (!this.pbx.enterStasis(channel, app, appArgs === undefined || appArgs === '' ? [] : appArgs.split(','))) {
        this.pbx.hangups.hangUp(channel, { kind: 'silent', cause: hangupCause.normalClearing });
      }
      return;
    }
    channel.continuedTo = { context: context ?? 'default', exten: extension ?? 's', priority: priority ?? 1 };
    this.pbx.dialplan.run(channel, channel.continuedTo.context, channel.continuedTo.exten, channel.continuedTo.priority);
  }

  #publishDial(origination: Origination | undefined, status: string): void {
    if (origination === undefined) return;
    this.pbx.emitFor(origination.channel, (ts, json) => eventFrames.dial(ts, json, origination.dialstring, status));
  }
}

/** What ast_dial reports for a callee that went away with this cause. */
function dialStatusForCause(cause: number): string {
  if (cause === hangupCause.userBusy) return 'BUSY';
  if (cause === 34) return 'CONGESTION';
  return 'NOANSWER';
}
