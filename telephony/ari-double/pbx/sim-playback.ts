import type { PlaybackJson } from './ari-json.js';

export type PlaybackState = 'queued' | 'playing' | 'paused' | 'continuing' | 'done' | 'failed';

export interface MediaTarget {
  readonly kind: 'channel' | 'bridge';
  readonly id: string;
}

/** One playback of one or more media URIs on a channel or a bridge. */
export class SimPlayback {
  state: PlaybackState = 'queued';
  mediaIndex = 0;
  /** Stopped by DELETE /playbacks/{id}; Asterisk still reports the end as `done`. */
  stopped = false;
  cancelTimer: (() => void) | undefined;
  remainingMs = 0;
  segmentStartedAt = 0;

  constructor(
    readonly id: string,
    readonly medias: string[],
    readonly target: MediaTarget,
    readonly language: string,
  ) {}

  get mediaUri(): string {
    return this.medias[this.mediaIndex] ?? '';
  }

  get targetUri(): string {
    return `${this.target.kind}:${this.target.id}`;
  }

  get finished(): boolean {
    return this.state === 'done' || this.state === 'failed';
  }

  toJson(): PlaybackJson {
    const next = this.medias[this.mediaIndex + 1];
    return {
      id: this.id,
      media_uri: this.mediaUri,
      ...(next === undefined ? {} : { next_media_uri: next }),
      target_uri: this.targetUri,
      language: this.language,
      state: this.state,
    };
  }
}
