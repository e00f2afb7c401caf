import { AriHttpError } from '../http/ari-http-error.js';
import type { OperationRequest, OperationResponse } from '../http/operation-request.js';
import type { Pbx } from '../pbx/pbx.js';
import type { MediaTarget } from '../pbx/sim-playback.js';

/** POST …/play and …/play/{playbackId} on a channel or a bridge: 201 with the playback and its Location. */
export function startPlayback(pbx: Pbx, request: OperationRequest, target: MediaTarget, language: string, reportPlaying: boolean): OperationResponse {
  const medias = request.list('media');
  if (medias.length === 0) throw new AriHttpError(400, 'Missing required parameter media');
  if (request.integer('skipms', 3000) < 0) throw new AriHttpError(400, 'skipms cannot be negative');
  if (request.integer('offsetms', 0) < 0) throw new AriHttpError(400, 'offsetms cannot be negative');
  const id = request.path('playbackId') || request.string('playbackId') || pbx.newUuid();
  const playback = pbx.media.play(target, medias, request.string('lang') ?? language, id);
  const json = { ...playback.toJson(), ...(reportPlaying ? { state: 'playing' } : {}) };
  return { status: 201, json, location: `/playbacks/${encodeURIComponent(id)}` };
}
