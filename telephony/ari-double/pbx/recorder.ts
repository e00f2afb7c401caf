import { eventFrames } from './event-frames.js';
import type { Pbx } from './pbx.js';
import type { MediaTarget } from './sim-playback.js';
import { LiveRecording, type RecordingOptions } from './sim-recording.js';

/** Time `beep=true` spends on the beep before recording starts, as measured in the transcripts. */
const beepMs = 520;
/** Asterisk's file ends a little after the last whole second it reports. */
const trailingAudioSeconds = 0.1;

export type RecordingRefusal = 'exists';

/**
 * Live recordings on channels and bridges. A recording runs until its maximum duration, a terminating
 * DTMF digit, a stop/cancel request or the hangup of its channel; then it is stored (unless canceled).
 */
export class Recorder {
  constructor(private readonly pbx: Pbx) {}

  /** Starts recording, or refuses when the name is taken and `ifExists` is `fail`. */
  record(target: MediaTarget, options: RecordingOptions): LiveRecording | RecordingRefusal {
    const live = this.pbx.liveRecordings.get(options.name);
    if (live !== undefined && !isOver(live)) return 'exists';
    if (options.ifExists === 'fail' && this.pbx.storedRecordings.has(options.name)) return 'exists';
    const recording = new LiveRecording(options, target);
    this.pbx.liveRecordings.set(options.name, recording);
    this.pbx.scheduler.after(0, () => this.#begin(recording));
    return recording;
  }

  stop(recording: LiveRecording, outcome: 'done' | 'canceled'): void {
    if (isOver(recording)) return;
    recording.cancelTimer?.();
    if (recording.state === 'recording') recording.recordedMs += this.#elapsedMs(recording);
    recording.totalSeconds = Math.floor(recording.recordedMs / 1000);
    recording.state = outcome;
    this.#publish(recording);
    if (outcome === 'done') this.#store(recording);
  }

  pause(recording: LiveRecording, paused: boolean): boolean {
    if (paused && recording.state === 'recording') {
      recording.cancelTimer?.();
      recording.recordedMs += this.#elapsedMs(recording);
      recording.state = 'paused';
      return true;
    }
    if (!paused && recording.state === 'paused') {
      recording.state = 'recording';
      this.#run(recording, 0);
      return true;
    }
    return false;
  }

  /** A DTMF digit from the caller; ends the channel's recording if it is one of its terminating digits. */
  onDtmf(channelId: string, digit: string): void {
    for (const recording of this.pbx.liveRecordings.values()) {
      if (recording.target.kind === 'channel' && recording.target.id === channelId && recording.state === 'recording' && recording.options.terminateOn.includes(digit)) {
        this.stop(recording, 'done');
      }
    }
  }

  endOn(target: MediaTarget, outcome: 'done' | 'canceled'): void {
    for (const recording of this.pbx.liveRecordings.values()) {
      if (recording.target.kind === target.kind && recording.target.id === target.id) this.stop(recording, outcome);
    }
  }

  #begin(recording: LiveRecording): void {
    if (recording.state !== 'queued') return;
    const channel = recording.target.kind === 'channel' ? this.pbx.channels.get(recording.target.id) : undefined;
    if (channel?.bridgeId !== undefined) {
      recording.state = 'failed';
      recording.cause = 'Cannot record channel while in bridge';
      this.#publish(recording);
      return;
    }
    recording.state = 'recording';
    this.#publish(recording);
    this.#run(recording, recording.options.beep ? beepMs : 0);
  }

  #run(recording: LiveRecording, leadInMs: number): void {
    recording.segmentStartedAt = Date.now() + this.pbx.scheduler.realMs(leadInMs);
    const maxMs = recording.options.maxDurationSeconds * 1000;
    if (maxMs <= 0) return;
    recording.cancelTimer = this.pbx.scheduler.after(leadInMs + maxMs - recording.recordedMs, () => {
      recording.recordedMs = maxMs;
      recording.state = 'recording';
      recording.segmentStartedAt = Date.now();
      this.stop(recording, 'done');
    });
  }

  #elapsedMs(recording: LiveRecording): number {
    return Math.max(0, (Date.now() - recording.segmentStartedAt) * this.pbx.options.speed);
  }

  #store(recording: LiveRecording): void {
    const { name, format, ifExists } = recording.options;
    const previous = ifExists === 'append' ? (this.pbx.storedRecordings.get(name)?.seconds ?? 0) : 0;
    this.pbx.storedRecordings.set(name, { name, format, seconds: previous + recording.recordedMs / 1000 + trailingAudioSeconds });
  }

  #publish(recording: LiveRecording): void {
    const subject = recording.target.kind === 'channel' ? { channelIds: [recording.target.id] } : { bridgeIds: [recording.target.id] };
    this.pbx.emit(eventFrames.recording(this.pbx.timestamp(), recording.toJson()), subject);
  }
}

function isOver(recording: LiveRecording): boolean {
  return recording.state === 'done' || recording.state === 'canceled' || recording.state === 'failed';
}
