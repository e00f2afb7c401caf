import { AriHttpError } from '../http/ari-http-error.js';
import type { OperationRequest } from '../http/operation-request.js';
import type { Pbx } from '../pbx/pbx.js';
import { type AriOperation, channelInStasis, existingChannel, noContent } from './operation-context.js';
import { recordingOptions } from './recording-options.js';
import { startPlayback } from './start-playback.js';

function play(request: OperationRequest, pbx: Pbx) {
  const channel = channelInStasis(pbx, request.path('channelId'));
  // Recorded race: the first prompt on an originated Local channel was already playing when the 201 was built.
  const reportPlaying = channel.technology === 'Local' && channel.origin === 'originated' && channel.playbackCount === 0;
  channel.playbackCount += 1;
  return startPlayback(pbx, request, { kind: 'channel', id: channel.id }, channel.language, reportPlaying);
}

function record(request: OperationRequest, pbx: Pbx) {
  const channel = channelInStasis(pbx, request.path('channelId'));
  const options = recordingOptions(request);
  const recording = pbx.recorder.record({ kind: 'channel', id: channel.id }, options);
  if (recording === 'exists') throw new AriHttpError(409, `Recording '${options.name}' already exists and can not be overwritten`);
  return { status: 201, json: recording.toJson(), location: `/recordings/live/${encodeURIComponent(options.name)}` };
}

/** The few dialplan functions an application reads through GET …/variable. */
function readVariable(pbx: Pbx, channelId: string, name: string): string | undefined {
  const channel = existingChannel(pbx, channelId);
  switch (name) {
    case 'CALLERID(num)':
      return channel.caller.number;
    case 'CALLERID(name)':
      return channel.caller.name;
    case 'CHANNEL(name)':
      return channel.name;
    case 'CHANNEL(language)':
      return channel.language;
    default:
      return channel.variables.get(name);
  }
}

function getVariable(request: OperationRequest, pbx: Pbx) {
  const name = request.string('variable') ?? '';
  if (name === '') throw new AriHttpError(400, 'Variable name is required');
  channelInStasis(pbx, request.path('channelId'));
  const value = readVariable(pbx, request.path('channelId'), name);
  if (value === undefined) throw new AriHttpError(404, 'Provided variable was not found');
  return { status: 200, json: { value } };
}

function setVariable(request: OperationRequest, pbx: Pbx) {
  const name = request.string('variable') ?? '';
  if (name === '') throw new AriHttpError(400, 'Variable name is required');
  const channel = channelInStasis(pbx, request.path('channelId'));
  pbx.setVariable(channel, name, request.string('value') ?? '');
  return noContent;
}

function getVariables(request: OperationRequest, pbx: Pbx) {
  const names = request.list('variables');
  if (names.length === 0) throw new AriHttpError(400, 'At least one variable name is required');
  const variables: Record<string, string> = {};
  for (const name of names) {
    const value = readVariable(pbx, request.path('channelId'), name);
    if (value === undefined) throw new AriHttpError(404, 'Provided variable was not found');
    variables[name] = value;
  }
  return { status: 200, json: { variables } };
}

function setVariables(request: OperationRequest, pbx: Pbx) {
  const channel = channelInStasis(pbx, request.path('channelId'));
  for (const [name, value] of Object.entries(request.variables())) pbx.setVariable(channel, name, value);
  return noContent;
}

export const channelMediaOperations: Readonly<Record<string, AriOperation>> = {
  'channels.play': play,
  'channels.playWithId': play,
  'channels.record': record,
  'channels.getChannelVar': getVariable,
  'channels.setChannelVar': setVariable,
  'channels.getChannelVars': getVariables,
  'channels.setChannelVars': setVariables,
};
