import { AriHttpError } from '../http/ari-http-error.js';
import type { Pbx } from '../pbx/pbx.js';
import type { SimPlayback } from '../pbx/sim-playback.js';
import { type AriOperation, noContent } from './operation-context.js';

const operations = new Set(['pause', 'unpause', 'restart', 'reverse', 'forward']);

function existingPlayback(pbx: Pbx, playbackId: string): SimPlayback {
  const playback = pbx.playbacks.get(playbackId);
  if (playback === undefined) throw new AriHttpError(404, 'Playback not found');
  return playback;
}

export const playbackOperations: Readonly<Record<string, AriOperation>> = {
  'playbacks.get': (request, pbx) => ({ status: 200, json: existingPlayback(pbx, request.path('playbackId')).toJson() }),
  'playbacks.stop': (request, pbx) => {
    pbx.media.stop(existingPlayback(pbx, request.path('playbackId')));
    return noContent;
  },
  'playbacks.control': (request, pbx) => {
    const operation = request.string('operation') ?? '';
    if (operation === '') throw new AriHttpError(400, 'Missing operation');
    if (!operations.has(operation)) throw new AriHttpError(400, `Invalid operation ${operation}`);
    const playback = existingPlayback(pbx, request.path('playbackId'));
    if (!pbx.media.control(playback, operation as 'pause')) throw new AriHttpError(409, `Can only ${operation} while media is playing`);
    return noContent;
  },
};
