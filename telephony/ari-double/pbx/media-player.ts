import { eventFrames } from './event-frames.js';
import type { Pbx } from './pbx.js';
import { type MediaTarget, SimPlayback } from './sim-playback.js';

const sayMsPerCharacter = 600;

/**
 * Playbacks on channels and bridges: one plays at a time per target, the rest wait in order, and each
 * media URI lasts as long as its prompt (scaled by the double's speed).
 */
export class MediaPlayer {
  readonly #queues = new Map<string, SimPlayback[]>();
  readonly #current = new Map<string, SimPlayback>();

  constructor(private readonly pbx: Pbx) {}

  play(target: MediaTarget, medias: string[], language: string, id: string): SimPlayback {
    const playback = new SimPlayback(id, medias, target, language);
    this.pbx.playbacks.set(id, playback);
    const key = keyOf(target);
    const queue = this.#queues.get(key) ?? [];
    queue.push(playback);
    this.#queues.set(key, queue);
    if (!this.#current.has(key)) this.pbx.scheduler.after(0, () => this.#startNext(target));
    return playback;
  }

  isPlayingOn(target: MediaTarget): boolean {
    return this.#current.get(keyOf(target))?.state === 'playing';
  }

  currentOn(target: MediaTarget): SimPlayback | undefined {
    return this.#current.get(keyOf(target));
  }

  /** DELETE /playbacks/{id}: a playing prompt ends now and still reports `done`; a queued one is dropped. */
  stop(playback: SimPlayback): void {
    playback.stopped = true;
    const key = keyOf(playback.target);
    if (this.#current.get(key) === playback) {
      playback.cancelTimer?.();
      this.#finish(playback, 'done');
      this.#startNext(playback.target);
      return;
    }
    const queue = this.#queues.get(key) ?? [];
    queue.splice(queue.indexOf(playback), 1);
    this.#finish(playback, 'done');
  }

  /** POST /playbacks/{id}/control; false when the operation needs the media to be playing. */
  control(playback: SimPlayback, operation: 'pause' | 'unpause' | 'restart' | 'reverse' | 'forward', skipMs = 3000): boolean {
    const playing = playback.state === 'playing';
    if (operation === 'pause') {
      if (!playing) return false;
      playback.cancelTimer?.();
      playback.remainingMs -= this.#elapsedMs(playback);
      playback.state = 'paused';
      return true;
    }
    if (operation === 'unpause') {
      if (playback.state !== 'paused') return false;
      playback.state = 'playing';
      this.#runSegment(playback, playback.remainingMs);
      return true;
    }
    if (!playing) return false;
    playback.cancelTimer?.();
    const total = this.#durationMs(playback.mediaUri) ?? 0;
    const remaining = playback.remainingMs - this.#elapsedMs(playback);
    const next = operation === 'restart' ? total : operation === 'reverse' ? Math.min(total, remaining + skipMs) : Math.max(0, remaining - skipMs);
    this.#runSegment(playback, next);
    return true;
  }

  /** The target went away (hangup, bridge destroyed): the playing prompt ends `done`, queued ones vanish. */
  endAllOn(target: MediaTarget): void {
    const key = keyOf(target);
    const current = this.#current.get(key);
    this.#queues.delete(key);
    for (const queued of this.#queuedFor(key)) this.pbx.playbacks.delete(queued.id);
    if (current !== undefined) {
      current.cancelTimer?.();
      this.#finish(current, 'done');
    }
  }

  #queuedFor(key: string): SimPlayback[] {
    return [...this.pbx.playbacks.values()].filter((p) => keyOf(p.target) === key && p.state === 'queued');
  }

  #startNext(target: MediaTarget): void {
    const key = keyOf(target);
    if (this.#current.has(key)) return;
    const next = this.#queues.get(key)?.shift();
    if (next === undefined) return;
    this.#current.set(key, next);
    this.#beginMedia(next);
  }

  #beginMedia(playback: SimPlayback): void {
    playback.state = 'playing';
    this.#publish(playback);
    this.#announceMedia(playback.target);
    const duration = this.#durationMs(playback.mediaUri);
    if (duration === undefined) {
      this.pbx.scheduler.after(0, () => this.#endMedia(playback, 'failed'));
      return;
    }
    this.#runSegment(playback, duration);
  }

  #runSegment(playback: SimPlayback, durationMs: number): void {
    playback.remainingMs = durationMs;
    playback.segmentStartedAt = Date.now();
    if (durationMs === Number.POSITIVE_INFINITY) return;
    playback.cancelTimer = this.pbx.scheduler.after(durationMs, () => this.#endMedia(playback, 'done'));
  }

  #endMedia(playback: SimPlayback, outcome: 'done' | 'failed'): void {
    const last = playback.mediaIndex >= playback.medias.length - 1;
    if (last) {
      this.#finish(playback, outcome);
      this.#startNext(playback.target);
      return;
    }
    playback.state = 'continuing';
    this.#publish(playback);
    playback.mediaIndex += 1;
    this.#beginMedia(playback);
  }

  #finish(playback: SimPlayback, outcome: 'done' | 'failed'): void {
    playback.state = outcome;
    const key = keyOf(playback.target);
    if (this.#current.get(key) === playback) this.#current.delete(key);
    this.pbx.playbacks.delete(playback.id);
    this.#publish(playback);
  }

  #publish(playback: SimPlayback): void {
    const subject = playback.target.kind === 'channel' ? { channelIds: [playback.target.id] } : { bridgeIds: [playback.target.id] };
    this.pbx.emit(eventFrames.playback(this.pbx.timestamp(), playback.toJson()), subject);
  }

  #announceMedia(target: MediaTarget): void {
    const channelIds = target.kind === 'channel' ? [target.id] : (this.pbx.bridges.get(target.id)?.channelIds ?? []);
    for (const id of channelIds) {
      const channel = this.pbx.channels.get(id);
      if (channel !== undefined) this.pbx.notifyMedia(channel);
    }
  }

  #elapsedMs(playback: SimPlayback): number {
    return (Date.now() - playback.segmentStartedAt) * this.pbx.options.speed;
  }

  /** Length of one media URI, or undefined when Asterisk could not play it (unknown prompt or scheme). */
  #durationMs(mediaUri: string): number | undefined {
    const colon = mediaUri.indexOf(':');
    const scheme = mediaUri.slice(0, colon);
    const value = mediaUri.slice(colon + 1);
    switch (scheme) {
      case 'sound':
        return this.pbx.options.sounds.find((s) => s.id === value)?.durationMs;
      case 'recording': {
        const stored = this.pbx.storedRecordings.get(value);
        return stored === undefined ? undefined : stored.seconds * 1000;
      }
      case 'number':
        return /^-?\d+$/.test(value) ? value.length * sayMsPerCharacter : undefined;
      case 'digits':
      case 'characters':
        return value.length * sayMsPerCharacter;
      case 'tone':
        return Number.POSITIVE_INFINITY;
      default:
        return undefined;
    }
  }
}

function keyOf(target: MediaTarget): string {
  return `${target.kind}:${target.id}`;
}
