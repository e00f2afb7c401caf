import type { CallCommand } from '../../core/telephony/call/call-command.js';
import type { CallEvent } from '../../core/telephony/call/call-event.js';
import type { CallTimer } from '../../core/telephony/call/call-timer.js';
import type { AriCommands } from '../ari/ari-commands.js';
import { AriConflictError } from '../ari/ari-conflict-error.js';
import { AriNotFoundError } from '../ari/ari-not-found-error.js';
import type { Logger } from '../logger.js';
import type { TelephonyTime } from '../time/telephony-time.js';
import { SerialQueue } from './serial-queue.js';

/** Where the application routes playback events: registered before a playback starts. */
export interface PlaybackRouting {
  watchPlayback(playbackId: string, owner: CallChannel): void;
  unwatchPlayback(playbackId: string): void;
}

export interface CallChannelDeps {
  readonly ari: AriCommands;
  readonly time: TelephonyTime;
  readonly routing: PlaybackRouting;
  /** Prepended to prompt names: `pishkhan/` plays `sounds/fa/pishkhan/ivr/welcome`. */
  readonly soundPrefix: string;
  readonly language: string;
}

/**
 * One channel in Stasis and what a call flow asks of it: prompts, timers, music on hold, hangup.
 * Commands run strictly in order; events (a prompt ended, a timer fired) go back to the flow.
 * Once the channel is gone, commands aimed at it are dropped and its timers cancelled.
 */
export class CallChannel {
  readonly #timers = new Map<CallTimer, () => void>();
  readonly #playbacks = new Set<string>();
  readonly #queue: SerialQueue;
  #gone = false;

  constructor(
    readonly channelId: string,
    private readonly deps: CallChannelDeps,
    private readonly feed: (event: CallEvent) => void,
    private readonly log: Logger,
  ) {
    this.#queue = new SerialQueue((error) => this.#failed(error));
  }

  get gone(): boolean {
    return this.#gone;
  }

  /** Playbacks started and not yet seen to end (for resynchronization after a reconnect). */
  get playbacks(): readonly string[] {
    return [...this.#playbacks];
  }

  /** Queues work behind the commands already given, in order. */
  run(task: () => Promise<void> | void): void {
    this.#queue.push(task);
  }

  idle(): Promise<void> {
    return this.#queue.idle();
  }

  /** Carries out the commands every flow shares; returns false for the others. */
  execute(command: CallCommand): boolean {
    switch (command.kind) {
      case 'answer':
        this.run(() => this.#onChannel(() => this.deps.ari.answer(this.channelId)));
        return true;
      case 'play':
        this.run(() => this.#play(command.playbackId, command.prompts));
        return true;
      case 'stopPlayback':
        this.run(() => this.#onChannel(() => this.deps.ari.stopPlayback(command.playbackId)));
        return true;
      case 'startTimer':
        this.run(() => this.#startTimer(command.timer, command.ms));
        return true;
      case 'cancelTimer':
        this.run(() => this.#cancelTimer(command.timer));
        return true;
      case 'startMusicOnHold':
        this.run(() => this.#onChannel(() => this.deps.ari.startMusicOnHold(this.channelId)));
        return true;
      case 'stopMusicOnHold':
        this.run(() => this.#onChannel(() => this.deps.ari.stopMusicOnHold(this.channelId)));
        return true;
      case 'hangup':
        this.run(() => this.#onChannel(() => this.deps.ari.hangup(this.channelId)));
        return true;
      default:
        return false;
    }
  }

  /** Asterisk reported the playback's end (or it vanished while the events socket was down). */
  playbackFinished(playbackId: string): void {
    if (!this.#playbacks.delete(playbackId)) return;
    this.deps.routing.unwatchPlayback(playbackId);
    if (!this.#gone) this.feed({ kind: 'playbackFinished', playbackId });
  }

  /** The channel hung up or left Stasis: nothing more is sent to it. */
  markGone(): void {
    if (this.#gone) return;
    this.#gone = true;
    for (const cancel of this.#timers.values()) cancel();
    this.#timers.clear();
    for (const playbackId of this.#playbacks) this.deps.routing.unwatchPlayback(playbackId);
    this.#playbacks.clear();
  }

  /**
   * After the events socket came back: whether the channel still exists, and for each playback we
   * were waiting on that no longer exists, the end we missed.
   */
  async resynchronize(): Promise<boolean> {
    if (this.#gone) return false;
    const channel = await this.deps.ari.getChannel(this.channelId);
    if (channel === undefined) return false;
    for (const playbackId of [...this.#playbacks]) {
      if (!(await this.deps.ari.playbackExists(playbackId))) this.playbackFinished(playbackId);
    }
    return true;
  }

  async #play(playbackId: string, prompts: readonly string[]): Promise<void> {
    if (this.#gone) return;
    // Listen first: a short prompt may end before the answer to the play request arrives.
    this.#playbacks.add(playbackId);
    this.deps.routing.watchPlayback(playbackId, this);
    try {
      await this.deps.ari.play({ channelId: this.channelId }, playbackId, prompts.map((name) => `sound:${this.deps.soundPrefix}${name}`), this.deps.language);
    } catch (error) {
      if (this.#gone || error instanceof AriNotFoundError) return;
      this.log.warn({ err: error, playbackId }, 'a prompt could not be played; the call goes on');
      this.playbackFinished(playbackId);
    }
  }

  #startTimer(timer: CallTimer, ms: number): void {
    if (this.#gone) return;
    this.#cancelTimer(timer);
    this.#timers.set(
      timer,
      this.deps.time.after(ms, () => {
        this.#timers.delete(timer);
        if (!this.#gone) this.feed({ kind: 'timer', timer });
      }),
    );
  }

  #cancelTimer(timer: CallTimer): void {
    this.#timers.get(timer)?.();
    this.#timers.delete(timer);
  }

  /** An ARI call on this channel; a channel that has just gone is not an error. */
  async #onChannel(work: () => Promise<void>): Promise<void> {
    if (this.#gone) return;
    try {
      await work();
    } catch (error) {
      if (this.#gone || error instanceof AriNotFoundError) return;
      throw error;
    }
  }

  #failed(error: unknown): void {
    if (this.#gone && (error instanceof AriNotFoundError || error instanceof AriConflictError)) return;
    this.log.error({ err: error }, 'a call command failed');
  }
}
