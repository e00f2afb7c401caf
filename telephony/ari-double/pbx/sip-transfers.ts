import { eventFrames } from './event-frames.js';
import type { Pbx } from './pbx.js';
import type { SimChannel } from './sim-channel.js';

export type TransferState = 'channel_progress' | 'channel_answered' | 'channel_unavailable' | 'channel_declined';

const stateNames: Readonly<Record<TransferState, string>> = {
  channel_progress: 'channel_progress',
  channel_answered: 'channel_answered',
  // Asterisk reports an unavailable target as declined (ast_channel_transfer_state2str).
  channel_unavailable: 'channel_declined',
  channel_declined: 'channel_declined',
};

/**
 * SIP REFER handed to ARI (`PJSIP_TRANSFER_HANDLING()=ari-only`, refer.json): the REFER becomes a
 * ChannelTransfer event, and every transfer_progress call the application makes is echoed as another.
 */
export class SipTransfers {
  readonly #destinations = new Map<string, string>();

  constructor(private readonly pbx: Pbx) {}

  refer(channel: SimChannel, destination: string): void {
    this.#destinations.set(channel.id, destination);
    this.#publish(channel, destination, undefined);
  }

  progress(channel: SimChannel, state: TransferState): void {
    const destination = this.#destinations.get(channel.id) ?? '';
    if (channel.bridgeId !== undefined) this.pbx.bridging.refreshPeerVariables(channel.bridgeId);
    this.#publish(channel, destination, stateNames[state]);
  }

  #publish(channel: SimChannel, destination: string, state: string | undefined): void {
    const peer = this.pbx.bridging.soleBridgePeer(channel);
    const bridge = channel.bridgeId === undefined ? undefined : this.pbx.bridges.get(channel.bridgeId);
    const referredBy: Record<string, unknown> = { source_channel: channel.toJson() };
    if (peer !== undefined && bridge !== undefined) {
      referredBy.connected_channel = peer.toJson();
      referredBy.bridge = bridge.toJson();
    }
    const event = eventFrames.channelTransfer(this.pbx.timestamp(), { requested_destination: { destination } }, referredBy, state);
    this.pbx.emit(event, { channelIds: [channel.id] });
  }
}
