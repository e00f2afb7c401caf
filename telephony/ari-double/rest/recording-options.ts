import { AriHttpError } from '../http/ari-http-error.js';
import type { OperationRequest } from '../http/operation-request.js';
import type { RecordingOptions } from '../pbx/sim-recording.js';

const knownFormats = new Set(['wav', 'WAV', 'wav16', 'gsm', 'ulaw', 'alaw', 'sln', 'slin', 'slin16', 'g722', 'g729', 'ogg', 'wav49', 'mp3', 'h264']);
const allDigits = '#*0123456789abcd';

/** Validates the parameters of POST …/record as resource_channels.c and resource_bridges.c do. */
export function recordingOptions(request: OperationRequest): RecordingOptions {
  const name = request.string('name') ?? '';
  const format = request.string('format') ?? '';
  const maxDurationSeconds = request.integer('maxDurationSeconds', 0);
  const maxSilenceSeconds = request.integer('maxSilenceSeconds', 0);
  if (maxDurationSeconds < 0) throw new AriHttpError(400, 'max_duration_seconds cannot be negative');
  if (maxSilenceSeconds < 0) throw new AriHttpError(400, 'max_silence_seconds cannot be negative');
  const terminateOn = parseTerminateOn(request.string('terminateOn') ?? 'none');
  if (terminateOn === undefined) throw new AriHttpError(400, 'terminateOn invalid');
  const ifExists = request.string('ifExists') ?? 'fail';
  if (ifExists !== 'fail' && ifExists !== 'overwrite' && ifExists !== 'append') throw new AriHttpError(400, 'ifExists invalid');
  if (!knownFormats.has(format)) throw new AriHttpError(422, 'specified format is unknown on this system');
  if (name === '' || name.includes('..') || name.startsWith('/')) throw new AriHttpError(400, 'Recording name invalid');
  return { name, format, maxDurationSeconds, maxSilenceSeconds, ifExists, beep: request.boolean('beep', false), terminateOn };
}

function parseTerminateOn(value: string): string | undefined {
  if (value === 'none') return '';
  if (value === 'any') return allDigits;
  return value.length === 1 && allDigits.includes(value.toLowerCase()) ? value : undefined;
}
