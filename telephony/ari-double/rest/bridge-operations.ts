import { AriHttpError } from '../http/ari-http-error.js';
import type { OperationRequest } from '../http/operation-request.js';
import type { Pbx } from '../pbx/pbx.js';
import type { SimBridge } from '../pbx/sim-bridge.js';
import type { SimChannel } from '../pbx/sim-channel.js';
import { type AriOperation, noContent } from './operation-context.js';
import { recordingOptions } from './recording-options.js';
import { startPlayback } from './start-playback.js';

function existingBridge(pbx: Pbx, bridgeId: string): SimBridge {
  const bridge = pbx.bridges.get(bridgeId);
  if (bridge === undefined) throw new AriHttpError(404, 'Bridge not found');
  return bridge;
}

function create(request: OperationRequest, pbx: Pbx, bridgeId: string | undefined) {
  if (bridgeId !== undefined && pbx.bridges.has(bridgeId)) throw new AriHttpError(409, `Bridge with id '${bridgeId}' already exists`);
  const type = request.string('type') || 'mixing';
  const bridge = pbx.bridging.create(bridgeId ?? pbx.newUuid(), type, request.string('name') ?? '');
  return { status: 200, json: bridge.toJson() };
}

/** The channels of addChannel / removeChannel, all checked before any is moved (resource_bridges.c). */
function channelsOf(request: OperationRequest, pbx: Pbx): SimChannel[] {
  const ids = request.list('channel');
  if (ids.length === 0) throw new AriHttpError(400, 'Missing parameter channel');
  return ids.map((id) => {
    const channel = pbx.channels.get(id);
    if (channel === undefined) throw new AriHttpError(400, 'Channel not found');
    if (channel.stasis === undefined) throw new AriHttpError(422, 'Channel not in Stasis application');
    return channel;
  });
}

function addChannel(request: OperationRequest, pbx: Pbx) {
  const bridge = existingBridge(pbx, request.path('bridgeId'));
  const channels = channelsOf(request, pbx);
  for (const channel of channels) {
    const recording = [...pbx.liveRecordings.values()].find((r) => r.target.kind === 'channel' && r.target.id === channel.id && r.state === 'recording');
    if (recording !== undefined) throw new AriHttpError(409, `Channel ${channel.id} currently recording`);
  }
  for (const channel of channels) pbx.bridging.add(bridge, channel);
  return noContent;
}

function removeChannel(request: OperationRequest, pbx: Pbx) {
  const bridge = existingBridge(pbx, request.path('bridgeId'));
  const channels = channelsOf(request, pbx);
  if (channels.some((channel) => channel.bridgeId !== bridge.id)) throw new AriHttpError(422, 'Channel not in this bridge');
  for (const channel of channels) pbx.bridging.leave(channel, { moving: false });
  return noContent;
}

function record(request: OperationRequest, pbx: Pbx) {
  const bridge = existingBridge(pbx, request.path('bridgeId'));
  const options = recordingOptions(request);
  const recording = pbx.recorder.record({ kind: 'bridge', id: bridge.id }, options);
  if (recording === 'exists') throw new AriHttpError(409, `Recording '${options.name}' already exists and can not be overwritten`);
  return { status: 201, json: recording.toJson(), location: `/recordings/live/${encodeURIComponent(options.name)}` };
}

export const bridgeOperations: Readonly<Record<string, AriOperation>> = {
  'bridges.list': (_request, pbx) => ({ status: 200, json: [...pbx.bridges.values()].map((b) => b.toJson()) }),
  'bridges.create': (request, pbx) => create(request, pbx, request.string('bridgeId') || undefined),
  'bridges.createWithId': (request, pbx) => create(request, pbx, request.path('bridgeId')),
  'bridges.get': (request, pbx) => ({ status: 200, json: existingBridge(pbx, request.path('bridgeId')).toJson() }),
  'bridges.destroy': (request, pbx) => {
    pbx.bridging.destroy(existingBridge(pbx, request.path('bridgeId')));
    return noContent;
  },
  'bridges.addChannel': addChannel,
  'bridges.removeChannel': removeChannel,
  'bridges.play': (request, pbx) => startPlayback(pbx, request, { kind: 'bridge', id: existingBridge(pbx, request.path('bridgeId')).id }, 'en', false),
  'bridges.playWithId': (request, pbx) => startPlayback(pbx, request, { kind: 'bridge', id: existingBridge(pbx, request.path('bridgeId')).id }, 'en', false),
  'bridges.record': record,
  'bridges.startMoh': (request, pbx) => {
    const bridge = existingBridge(pbx, request.path('bridgeId'));
    bridge.musicOnHold = request.string('mohClass') || 'default';
    return noContent;
  },
  'bridges.stopMoh': (request, pbx) => {
    const bridge = existingBridge(pbx, request.path('bridgeId'));
    if (bridge.musicOnHold === undefined) throw new AriHttpError(409, "Bridge isn't playing music");
    bridge.musicOnHold = undefined;
    return noContent;
  },
  'bridges.setVideoSource': (request, pbx) => (existingBridge(pbx, request.path('bridgeId')), noContent),
  'bridges.clearVideoSource': (request, pbx) => (existingBridge(pbx, request.path('bridgeId')), noContent),
};
