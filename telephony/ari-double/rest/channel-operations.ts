import { hangupCauseForReason } from '../hangup-cause.js';
import { AriHttpError, allocationFailed } from '../http/ari-http-error.js';
import type { OperationRequest } from '../http/operation-request.js';
import type { Pbx } from '../pbx/pbx.js';
import { SimChannel } from '../pbx/sim-channel.js';
import type { TransferState } from '../pbx/sip-transfers.js';
import { type AriOperation, channelInStasis, existingChannel, noContent } from './operation-context.js';

const directions = new Set(['both', 'in', 'out']);
const transferStates = new Set<string>(['channel_progress', 'channel_answered', 'channel_unavailable', 'channel_declined']);

function originate(request: OperationRequest, pbx: Pbx, channelId: string | undefined) {
  const endpoint = request.string('endpoint') ?? '';
  if (endpoint === '') throw new AriHttpError(400, 'Endpoint must be specified');
  const slash = endpoint.indexOf('/');
  if (slash <= 0 || slash === endpoint.length - 1) throw new AriHttpError(400, 'Invalid endpoint specified');
  const app = request.string('app') || undefined;
  const extension = request.string('extension') || undefined;
  if (app === undefined && extension === undefined) throw new AriHttpError(400, 'Application or extension must be specified');
  if (channelId !== undefined && pbx.channels.has(channelId)) throw new AriHttpError(409, 'Channel with given unique ID already exists');
  const channel = pbx.originator.originate({
    endpoint,
    app,
    appArgs: request.string('appArgs'),
    context: request.string('context') || undefined,
    extension,
    priority: request.integer('priority', 0) || undefined,
    callerId: request.string('callerId'),
    timeout: request.integer('timeout', 30),
    channelId,
    otherChannelId: request.string('otherChannelId') || undefined,
    variables: request.variables(),
  });
  if (channel === undefined) throw allocationFailed();
  return { status: 200, json: channel.toJson() };
}

function hangup(request: OperationRequest, pbx: Pbx) {
  const channel = existingChannel(pbx, request.path('channelId'));
  const reason = request.string('reason');
  const reasonCode = request.string('reason_code');
  if (reason !== undefined && reasonCode !== undefined) throw new AriHttpError(400, "The reason and reason_code can't both be specified");
  let cause = 16;
  if (reasonCode !== undefined) {
    cause = Number.parseInt(reasonCode, 10);
    if (Number.isNaN(cause)) throw new AriHttpError(400, 'Invalid reason for hangup reason code provided');
  } else if (reason !== undefined) {
    const known = hangupCauseForReason(reason);
    if (known === undefined) throw new AriHttpError(400, 'Invalid reason for hangup reason provided');
    cause = known;
  }
  pbx.hangups.hangUp(channel, { kind: 'ari', cause });
  return noContent;
}

/** StasisEnd, then the dialplan from the given place (by default the next priority). */
function continueInDialplan(request: OperationRequest, pbx: Pbx) {
  const channel = channelInStasis(pbx, request.path('channelId'));
  const context = request.string('context') || channel.dialplan.context;
  const exten = request.string('extension') || channel.dialplan.exten;
  const moved = context !== channel.dialplan.context || exten !== channel.dialplan.exten;
  const priority = request.integer('priority', 0) || (moved ? 1 : channel.dialplan.priority + 1);
  channel.continuedTo = { context, exten, priority };
  if (channel.bridgeId !== undefined) pbx.bridging.leave(channel, { moving: false });
  pbx.media.endAllOn({ kind: 'channel', id: channel.id });
  pbx.leaveStasis(channel, { reportStatus: false });
  pbx.dialplan.run(channel, context, exten, priority);
  return noContent;
}

function move(request: OperationRequest, pbx: Pbx) {
  const channel = channelInStasis(pbx, request.path('channelId'));
  const app = request.string('app') ?? '';
  if (app === '') throw new AriHttpError(400, 'Missing parameter app');
  const args = request.string('appArgs');
  pbx.leaveStasis(channel, { reportStatus: false });
  pbx.enterStasis(channel, app, args === undefined || args === '' ? [] : args.split(','));
  return noContent;
}

function answer(request: OperationRequest, pbx: Pbx) {
  const channel = channelInStasis(pbx, request.path('channelId'));
  if (channel.state !== 'Up') {
    pbx.setState(channel, 'Up');
    if (channel.origin === 'local-peer' && channel.localPeer !== undefined) pbx.setState(channel.localPeer, 'Up');
  }
  return noContent;
}

function sendDtmf(request: OperationRequest, pbx: Pbx) {
  const channel = channelInStasis(pbx, request.path('channelId'));
  const dtmf = request.string('dtmf') ?? '';
  if (dtmf === '') throw new AriHttpError(400, 'DTMF is required');
  channel.dtmfSentToCaller.push(dtmf);
  return noContent;
}

function mute(muted: boolean): AriOperation {
  return (request, pbx) => {
    const channel = channelInStasis(pbx, request.path('channelId'));
    const direction = request.string('direction') ?? 'both';
    if (!directions.has(direction)) throw new AriHttpError(400, 'Invalid direction specified');
    const affected = direction === 'both' ? ['in', 'out'] : [direction];
    for (const each of affected) {
      if (muted) channel.mutedDirections.add(each);
      else channel.mutedDirections.delete(each);
    }
    return noContent;
  };
}

/** An indication towards the caller that Asterisk reports with no event (ring, hold, music, silence). */
function indication(apply: (channel: SimChannel, request: OperationRequest) => void): AriOperation {
  return (request, pbx) => {
    apply(channelInStasis(pbx, request.path('channelId')), request);
    return noContent;
  };
}

function snoop(request: OperationRequest, pbx: Pbx) {
  const spy = request.string('spy') ?? 'none';
  const whisper = request.string('whisper') ?? 'none';
  if (![...directions, 'none'].includes(spy)) throw new AriHttpError(400, 'Invalid direction specified for spy');
  if (![...directions, 'none'].includes(whisper)) throw new AriHttpError(400, 'Invalid direction specified for whisper');
  if (spy === 'none' && whisper === 'none') throw new AriHttpError(400, 'Direction must be specified for at least spy or whisper');
  const app = request.string('app') ?? '';
  if (app === '') throw new AriHttpError(400, 'Application name is required');
  const target = pbx.channels.get(request.path('channelId'));
  if (target === undefined) throw new AriHttpError(404, 'Provided channel was not found');
  const id = request.path('snoopId') || request.string('snoopId') || pbx.nextUniqueId();
  const channel = new SimChannel(id, `Snoop/${target.id}-${pbx.nextLocalNumber()}`, 'Snoop', 'snoop', pbx.timestamp(), {
    state: 'Up',
    caller: { name: '', number: '' },
    connected: { name: '', number: '' },
    dialplan: { context: 'default', exten: 's', priority: 1, app_name: '', app_data: '' },
    language: target.language,
  });
  pbx.channels.set(id, channel);
  const args = request.string('appArgs');
  pbx.apps.subscribeChannel(app, id, 'originate');
  pbx.enterStasis(channel, app, args === undefined || args === '' ? [] : args.split(','));
  return { status: 200, json: channel.toJson() };
}

function transferProgress(request: OperationRequest, pbx: Pbx) {
  const channel = channelInStasis(pbx, request.path('channelId'));
  const states = request.string('states') ?? '';
  if (states === '') throw new AriHttpError(400, 'states must not be empty');
  if (!transferStates.has(states.toLowerCase())) throw new AriHttpError(400, 'Invalid states value');
  pbx.transfers.progress(channel, states.toLowerCase() as TransferState);
  return noContent;
}

export const channelOperations: Readonly<Record<string, AriOperation>> = {
  'channels.list': (_request, pbx) => ({ status: 200, json: [...pbx.channels.values()].map((c) => c.toJson()) }),
  'channels.originate': (request, pbx) => originate(request, pbx, request.string('channelId') || undefined),
  'channels.originateWithId': (request, pbx) => originate(request, pbx, request.path('channelId')),
  'channels.get': (request, pbx) => ({ status: 200, json: existingChannel(pbx, request.path('channelId')).toJson() }),
  'channels.hangup': hangup,
  'channels.continueInDialplan': continueInDialplan,
  'channels.move': move,
  'channels.answer': answer,
  'channels.ring': indication((channel) => (channel.ringing = true)),
  'channels.ringStop': indication((channel) => (channel.ringing = false)),
  'channels.progress': indication(() => undefined),
  'channels.sendDTMF': sendDtmf,
  'channels.mute': mute(true),
  'channels.unmute': mute(false),
  'channels.hold': indication((channel) => (channel.onHold = true)),
  'channels.unhold': indication((channel) => (channel.onHold = false)),
  'channels.startMoh': (request, pbx) => {
    const channel = channelInStasis(pbx, request.path('channelId'));
    channel.musicOnHold = request.string('mohClass') || 'default';
    pbx.notifyMedia(channel);
    return noContent;
  },
  'channels.stopMoh': indication((channel) => (channel.musicOnHold = undefined)),
  'channels.startSilence': indication(() => undefined),
  'channels.stopSilence': indication(() => undefined),
  'channels.snoopChannel': snoop,
  'channels.snoopChannelWithId': snoop,
  'channels.transfer_progress': transferProgress,
};
