import { AriHttpError } from '../http/ari-http-error.js';
import type { Pbx } from '../pbx/pbx.js';
import type { LiveRecording, StoredRecording } from '../pbx/sim-recording.js';
import { silentWav } from '../wav-file.js';
import { type AriOperation, noContent } from './operation-context.js';

function stored(pbx: Pbx, name: string): StoredRecording {
  const recording = pbx.storedRecordings.get(name);
  if (recording === undefined) throw new AriHttpError(404, 'Recording not found');
  return recording;
}

function live(pbx: Pbx, name: string): LiveRecording {
  const recording = pbx.liveRecordings.get(name);
  if (recording === undefined) throw new AriHttpError(404, 'Recording not found');
  return recording;
}

const storedJson = (recording: StoredRecording) => ({ name: recording.name, format: recording.format });

function inSession(pbx: Pbx, name: string, change: (recording: LiveRecording) => boolean) {
  if (!change(live(pbx, name))) throw new AriHttpError(409, 'Recording not in session');
  return noContent;
}

function setMuted(recording: LiveRecording, muted: boolean): boolean {
  if (recording.state !== 'recording' && recording.state !== 'paused') return false;
  recording.muted = muted;
  return true;
}

export const recordingOperations: Readonly<Record<string, AriOperation>> = {
  'recordings.listStored': (_request, pbx) => ({ status: 200, json: [...pbx.storedRecordings.values()].map(storedJson) }),
  'recordings.getStored': (request, pbx) => ({ status: 200, json: storedJson(stored(pbx, request.path('recordingName'))) }),
  'recordings.deleteStored': (request, pbx) => {
    pbx.storedRecordings.delete(stored(pbx, request.path('recordingName')).name);
    return noContent;
  },
  'recordings.getStoredFile': (request, pbx) => {
    const recording = stored(pbx, request.path('recordingName'));
    const contentType = recording.format.toLowerCase() === 'wav' ? 'audio/wav' : `audio/${recording.format}`;
    return { status: 200, binary: { contentType, data: silentWav(recording.seconds) } };
  },
  'recordings.copyStored': (request, pbx) => {
    const source = stored(pbx, request.path('recordingName'));
    const destination = request.string('destinationRecordingName') ?? '';
    if (destination === '' || destination.includes('..')) throw new AriHttpError(400, 'Invalid destination recording name');
    if (pbx.storedRecordings.has(destination)) throw new AriHttpError(409, 'A recording with the same name already exists on the system');
    const copy = { ...source, name: destination };
    pbx.storedRecordings.set(destination, copy);
    return { status: 200, json: storedJson(copy) };
  },
  'recordings.getLive': (request, pbx) => ({ status: 200, json: live(pbx, request.path('recordingName')).toJson() }),
  'recordings.cancel': (request, pbx) => {
    pbx.recorder.stop(live(pbx, request.path('recordingName')), 'canceled');
    return noContent;
  },
  'recordings.stop': (request, pbx) => {
    pbx.recorder.stop(live(pbx, request.path('recordingName')), 'done');
    return noContent;
  },
  'recordings.pause': (request, pbx) => inSession(pbx, request.path('recordingName'), (r) => pbx.recorder.pause(r, true)),
  'recordings.unpause': (request, pbx) => inSession(pbx, request.path('recordingName'), (r) => pbx.recorder.pause(r, false)),
  'recordings.mute': (request, pbx) => inSession(pbx, request.path('recordingName'), (r) => setMuted(r, true)),
  'recordings.unmute': (request, pbx) => inSession(pbx, request.path('recordingName'), (r) => setMuted(r, false)),
};
