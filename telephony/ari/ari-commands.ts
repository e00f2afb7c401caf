import type { AriConnection } from './ari-connection.js';
import type { AriChannel } from './ari-event.js';
import { AriNotFoundError } from './ari-not-found-error.js';

export type MediaTarget = { readonly channelId: string } | { readonly bridgeId: string };

export interface OriginateRequest {
  /** `PJSIP/1001`, `Local/…`. */
  readonly endpoint: string;
  /** Our own id for the new channel, so that its events can be routed before the answer to the request. */
  readonly channelId: string;
  readonly appArgs: string;
  readonly callerId: string;
  readonly timeoutSeconds: number;
}

export interface RecordRequest {
  readonly name: string;
  readonly format: string;
  readonly maxDurationSeconds: number;
  readonly beep: boolean;
  readonly terminateOn: 'none' | '#' | 'any';
}

/**
 * The ARI operations the telephony application uses, over one connection, typed and with the
 * errors of `AriConnection.call`. Operations on something that may already be gone (stopping a
 * playback, hanging up) treat "not found" as done.
 */
export class AriCommands {
  constructor(private readonly ari: AriConnection) {}

  get app(): string {
    return this.ari.app;
  }

  async answer(channelId: string): Promise<void> {
    await this.ari.call('channels.answer', { channelId }, (c, p) => c.channels.answer(p));
  }

  /** Starts one playback of the media in order; subscribe to its PlaybackFinished before calling. */
  async play(target: MediaTarget, playbackId: string, media: readonly string[], lang: string): Promise<void> {
    if ('channelId' in target) {
      await this.ari.call('channels.play', { channelId: target.channelId, media: [...media], lang, playbackId }, (c, p) => c.channels.play(p));
    } else {
      await this.ari.call('bridges.play', { bridgeId: target.bridgeId, media: [...media], lang, playbackId }, (c, p) => c.bridges.play(p));
    }
  }

  async stopPlayback(playbackId: string): Promise<void> {
    await ignoreGone(this.ari.call('playbacks.stop', { playbackId }, (c, p) => c.playbacks.stop(p)));
  }

  /** Whether the playback still exists (playing or queued). */
  async playbackExists(playbackId: string): Promise<boolean> {
    return (await ignoreGone(this.ari.call('playbacks.get', { playbackId }, (c, p) => c.playbacks.get(p)))) !== undefined;
  }

  async startMusicOnHold(channelId: string): Promise<void> {
    await this.ari.call('channels.startMoh', { channelId }, (c, p) => c.channels.startMoh(p));
  }

  async stopMusicOnHold(channelId: string): Promise<void> {
    await this.ari.call('channels.stopMoh', { channelId }, (c, p) => c.channels.stopMoh(p));
  }

  async hangup(channelId: string, reason: 'normal' | 'no_answer' = 'normal'): Promise<void> {
    await ignoreGone(this.ari.call('channels.hangup', { channelId, reason }, (c, p) => c.channels.hangup(p)));
  }

  /** Dials the endpoint; when answered, the channel enters this application with `appArgs`. */
  async originate(request: OriginateRequest): Promise<void> {
    const params = {
      endpoint: request.endpoint,
      channelId: request.channelId,
      app: this.ari.app,
      appArgs: request.appArgs,
      callerId: request.callerId,
      timeout: request.timeoutSeconds,
    };
    await this.ari.call('channels.originate', params, (c, p) => c.channels.originate(p));
  }

  async getChannel(channelId: string): Promise<AriChannel | undefined> {
    return ignoreGone(this.ari.call('channels.get', { channelId }, (c, p) => c.channels.get(p) as unknown as Promise<AriChannel>));
  }

  async listChannels(): Promise<AriChannel[]> {
    return this.ari.call('channels.list', {}, (c) => c.channels.list() as unknown as Promise<AriChannel[]>);
  }

  async createBridge(bridgeId: string): Promise<void> {
    await this.ari.call('bridges.create', { bridgeId, type: 'mixing' }, (c, p) => c.bridges.create(p));
  }

  async addToBridge(bridgeId: string, channelIds: readonly string[]): Promise<void> {
    await this.ari.call('bridges.addChannel', { bridgeId, channel: [...channelIds] }, (c, p) => c.bridges.addChannel(p));
  }

  async removeFromBridge(bridgeId: string, channelId: string): Promise<void> {
    await this.ari.call('bridges.removeChannel', { bridgeId, channel: channelId }, (c, p) => c.bridges.removeChannel(p));
  }

  async destroyBridge(bridgeId: string): Promise<void> {
    await ignoreGone(this.ari.call('bridges.destroy', { bridgeId }, (c, p) => c.bridges.destroy(p)));
  }

  async recordBridge(bridgeId: string, request: RecordRequest): Promise<void> {
    await this.ari.call('bridges.record', { bridgeId, ...request, ifExists: 'overwrite' }, (c, p) => c.bridges.record(p));
  }

  async recordChannel(channelId: string, request: RecordRequest): Promise<void> {
    await this.ari.call('channels.record', { channelId, ...request, ifExists: 'overwrite' }, (c, p) => c.channels.record(p));
  }

  async stopRecording(recordingName: string): Promise<void> {
    await ignoreGone(this.ari.call('recordings.stop', { recordingName }, (c, p) => c.recordings.stop(p)));
  }

  /** The live recording's state (`recording`, `done`…), or undefined once it is no longer live. */
  async liveRecordingState(recordingName: string): Promise<string | undefined> {
    const live = await ignoreGone(this.ari.call('recordings.getLive', { recordingName }, (c, p) => c.recordings.getLive(p) as unknown as Promise<{ state: string }>));
    return live?.state;
  }

  /** The stored recording's audio, or undefined when Asterisk has no such file. */
  async storedRecordingFile(recordingName: string): Promise<Buffer | undefined> {
    return ignoreGone(this.ari.call('recordings.getStoredFile', { recordingName }, (c, p) => c.recordings.getStoredFile(p) as unknown as Promise<Buffer>));
  }
}

/** The result, or undefined when what it acted on no longer exists. */
async function ignoreGone<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AriNotFoundError) return undefined;
    throw error;
  }
}
