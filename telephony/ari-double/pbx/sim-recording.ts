import type { LiveRecordingJson } from './ari-json.js';
import type { MediaTarget } from './sim-playback.js';

export type RecordingState = 'queued' | 'recording' | 'paused' | 'done' | 'failed' | 'canceled';

export interface RecordingOptions {
  readonly name: string;
  readonly format: string;
  readonly maxDurationSeconds: number;
  readonly maxSilenceSeconds: number;
  readonly ifExists: 'fail' | 'overwrite' | 'append';
  readonly beep: boolean;
  /** DTMF digits that end the recording (`none` → empty, `any` → all digits). */
  readonly terminateOn: string;
}

/** A live recording on a channel or bridge. */
export class LiveRecording {
  state: RecordingState = 'queued';
  /** Whole seconds recorded, -1 until the recording ends (then reported as `duration`). */
  totalSeconds = -1;
  recordedMs = 0;
  segmentStartedAt = 0;
  muted = false;
  cause: string | undefined;
  cancelTimer: (() => void) | undefined;

  constructor(
    readonly options: RecordingOptions,
    readonly target: MediaTarget,
  ) {}

  get name(): string {
    return this.options.name;
  }

  get targetUri(): string {
    return `${this.target.kind}:${this.target.id}`;
  }

  toJson(): LiveRecordingJson {
    const json: LiveRecordingJson = {
      name: this.options.name,
      format: this.options.format,
      state: this.state,
      target_uri: this.targetUri,
    };
    if (this.totalSeconds > -1) json.duration = this.totalSeconds;
    if (this.totalSeconds > -1 && this.options.maxSilenceSeconds > 0) {
      json.talking_duration = this.totalSeconds;
      json.silence_duration = 0;
    }
    if (this.cause !== undefined) json.cause = this.cause;
    return json;
  }
}

/** A finished recording on disk. */
export interface StoredRecording {
  readonly name: string;
  readonly format: string;
  readonly seconds: number;
}
