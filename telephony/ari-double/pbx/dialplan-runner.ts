import type { DialplanStep } from '../ari-double-options.js';
import { eventFrames } from './event-frames.js';
import { matchesExtension } from './extension-pattern.js';
import type { Pbx } from './pbx.js';
import type { SimChannel } from './sim-channel.js';

const dtmfDigitMs = 100;
const dtmfGapMs = 100;
const sendDtmfTailMs = 250;
const queueVariables = ['ANSWEREDTIME', 'ANSWEREDTIME_MS', 'DIALEDTIME', 'DIALEDTIME_MS', 'QUEUEWAIT', 'QUEUEWAIT_MS'];

/**
 * Runs channels through the configured dialplan: the `;2` half of originated Local channels and channels
 * sent on with continueInDialplan. It knows the handful of applications the recorded dialplan uses;
 * any other application passes straight on to the next priority.
 */
export class DialplanRunner {
  readonly #cancels = new Map<string, () => void>();

  constructor(private readonly pbx: Pbx) {}

  hasExtension(context: string, exten: string): boolean {
    return this.#steps(context, exten) !== undefined;
  }

  hasContext(context: string): boolean {
    return this.pbx.options.dialplan[context] !== undefined;
  }

  run(channel: SimChannel, context: string, exten: string, priority: number): void {
    channel.dialplan = { context, exten, priority, app_name: '', app_data: '' };
    this.#execute(channel, priority);
  }

  stop(channel: SimChannel): void {
    this.#cancels.get(channel.id)?.();
    this.#cancels.delete(channel.id);
    channel.onFirstMedia = undefined;
  }

  #steps(context: string, exten: string): readonly DialplanStep[] | undefined {
    const extensions = this.pbx.options.dialplan[context];
    if (extensions === undefined) return undefined;
    const exact = extensions[exten];
    if (exact !== undefined) return exact;
    const pattern = Object.keys(extensions).find((key) => key.startsWith('_') && matchesExtension(key, exten));
    return pattern === undefined ? undefined : extensions[pattern];
  }

  #execute(channel: SimChannel, priority: number): void {
    if (channel.hangingUp || channel.destroyed || channel.stasis !== undefined) return;
    const { context, exten } = channel.dialplan;
    const step = this.#steps(context, exten)?.[priority - 1];
    if (step === undefined) {
      this.pbx.hangups.hangUp(channel, { kind: 'silent', cause: 16 });
      return;
    }
    const data = (step.data ?? '').replaceAll('${EXTEN}', exten).replaceAll('${CHANNEL}', channel.name);
    channel.dialplan = { context, exten, priority, app_name: step.app, app_data: data };
    this.pbx.emitFor(channel, (ts, json) => eventFrames.channelDialplan(ts, json));
    if (channel.callerIdChangePending) {
      channel.callerIdChangePending = false;
      this.pbx.emitFor(channel, (ts, json) => eventFrames.channelCallerId(ts, json));
    }
    const next = () => this.#execute(channel, priority + 1);
    const later = (ms: number, then: () => void = next) => {
      this.#cancels.get(channel.id)?.();
      this.#cancels.set(channel.id, this.pbx.scheduler.after(ms, then));
    };
    const args = data.split(',');

    switch (step.app) {
      case 'Answer':
        return this.#answer(channel, next, later);
      case 'Wait':
        return later(Number(args[0] ?? 0) * 1000);
      case 'Playback': {
        const sound = this.pbx.options.sounds.find((s) => s.id === args[0]);
        return later(sound?.durationMs ?? 0, () => {
          this.pbx.setVariable(channel, 'PLAYBACKSTATUS', sound === undefined ? 'FAILED' : 'SUCCESS');
          next();
        });
      }
      case 'SendDTMF':
        return this.#sendDtmf(channel, args[0] ?? '', later);
      case 'Queue':
        for (const variable of queueVariables) this.pbx.setVariable(channel, variable, '');
        return later(Number(args[4] || 0) * 1000 || Number.MAX_SAFE_INTEGER);
      case 'Stasis':
        if (!this.pbx.enterStasis(channel, args[0] ?? '', args.slice(1))) next();
        return;
      case 'Hangup':
        this.pbx.hangups.hangUp(channel, { kind: 'silent', cause: Number(args[0] || 16) });
        return;
      default:
        return next();
    }
  }

  /** Answers, then (on a Local `;2`) waits for the first media frame from its `;1`, at most `answerMediaWaitMs`. */
  #answer(channel: SimChannel, next: () => void, later: (ms: number, then?: () => void) => void): void {
    if (channel.state !== 'Up') this.pbx.originator.answerLocalHalf(channel);
    const peer = channel.localPeer;
    if (peer === undefined || this.pbx.producesMedia(peer)) {
      later(2);
      return;
    }
    channel.onFirstMedia = (delayMs) => later(delayMs);
    later(this.pbx.options.answerMediaWaitMs, () => {
      channel.onFirstMedia = undefined;
      next();
    });
  }

  /** Sends the digits to the other half, where they arrive as ChannelDtmfReceived. */
  #sendDtmf(channel: SimChannel, digits: string, later: (ms: number, then?: () => void) => void): void {
    const receiver = channel.localPeer ?? channel;
    let at = 0;
    for (const digit of digits) {
      at += dtmfGapMs + dtmfDigitMs;
      this.pbx.scheduler.after(at, () => this.pbx.receiveDtmf(receiver, digit, dtmfDigitMs));
    }
    later(at + sendDtmfTailMs);
  }
}
