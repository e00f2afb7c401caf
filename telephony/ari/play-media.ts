import { randomUUID } from 'node:crypto';
import type { AriConnection } from './ari-connection.js';
import { AriNotFoundError } from './ari-not-found-error.js';

export type PlaybackTarget = { readonly channelId: string } | { readonly bridgeId: string };

/**
 * How a playback ended: `done` (played out, or stopped — Asterisk reports both as done), `failed`
 * (Asterisk could not play the media), `gone` (it vanished without a PlaybackFinished we saw: the
 * channel left Stasis while it was queued, or the events socket was down when it ended).
 */
export interface PlaybackOutcome {
  readonly playbackId: string;
  readonly state: 'done' | 'failed' | 'gone';
}

export interface StartedPlayback {
  readonly playbackId: string;
  readonly finished: Promise<PlaybackOutcome>;
  /** Stops it now; a playback that already ended is not an error. */
  stop(): Promise<void>;
}

/**
 * Plays media the way node-ari-client's `play()` example does: the PlaybackFinished listener for the
 * playback id exists before the play request is sent, so a short prompt cannot finish unseen.
 */
export async function playMedia(ari: AriConnection, target: PlaybackTarget, media: string | readonly string[], options: { readonly lang?: string; readonly playbackId?: string } = {}): Promise<StartedPlayback> {
  const playbackId = options.playbackId ?? randomUUID();
  const channelId = 'channelId' in target ? target.channelId : undefined;
  let settle: (outcome: PlaybackOutcome) => void = () => undefined;
  const finished = new Promise<PlaybackOutcome>((resolve) => (settle = resolve));
  const unsubscribe = [
    ari.on('PlaybackFinished', (event) => {
      if (event.playback.id === playbackId) end(event.playback.state === 'failed' ? 'failed' : 'done');
    }),
    ari.on('StasisEnd', (event) => {
      if (event.channel.id === channelId) end('gone');
    }),
    ari.onConnectionChange((change) => {
      if (change === 'reconnected') void confirmStillPlaying();
    }),
  ];
  function end(state: PlaybackOutcome['state']): void {
    for (const off of unsubscribe) off();
    settle({ playbackId, state });
  }
  async function confirmStillPlaying(): Promise<void> {
    await ari.call('playbacks.get', { playbackId }, (c, p) => c.playbacks.get(p)).catch((error: unknown) => {
      if (error instanceof AriNotFoundError) end('gone');
    });
  }

  const medias = typeof media === 'string' ? media : [...media];
  try {
    if (channelId !== undefined) {
      await ari.call('channels.play', { channelId, media: medias, lang: options.lang, playbackId }, (c, p) => c.channels.play(p));
    } else if ('bridgeId' in target) {
      await ari.call('bridges.play', { bridgeId: target.bridgeId, media: medias, lang: options.lang, playbackId }, (c, p) => c.bridges.play(p));
    }
  } catch (error) {
    for (const off of unsubscribe) off();
    throw error;
  }
  return {
    playbackId,
    finished,
    stop: async () => {
      await ari.call('playbacks.stop', { playbackId }, (c, p) => c.playbacks.stop(p)).catch((error: unknown) => {
        if (!(error instanceof AriNotFoundError)) throw error;
      });
    },
  };
}
