import { AriHttpError } from '../http/ari-http-error.js';
import type { OperationHandler } from '../http/operation-request.js';
import type { Pbx } from '../pbx/pbx.js';
import type { SimChannel } from '../pbx/sim-channel.js';

export type AriOperation = OperationHandler<Pbx>;

export const noContent = { status: 204 } as const;

/** `find_control` in resource_channels.c: 404 if the channel does not exist, 409 if it is not in Stasis. */
export function channelInStasis(pbx: Pbx, channelId: string): SimChannel {
  const channel = existingChannel(pbx, channelId);
  if (channel.stasis === undefined) throw new AriHttpError(409, 'Channel not in Stasis application');
  return channel;
}

export function existingChannel(pbx: Pbx, channelId: string): SimChannel {
  const channel = pbx.channels.get(channelId);
  if (channel === undefined || channel.hangingUp) throw new AriHttpError(404, 'Channel not found');
  return channel;
}
