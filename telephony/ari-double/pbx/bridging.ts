import { eventFrames } from './event-frames.js';
import type { Pbx } from './pbx.js';
import { SimBridge } from './sim-bridge.js';
import type { SimChannel } from './sim-channel.js';

/**
 * Bridge membership with the side effects the transcripts show: BRIDGEPEER / BRIDGEPVTCALLID variables,
 * connected-line exchange between two parties, and the late BridgeDestroyed of a bridge that a channel
 * was moved out of (Asterisk keeps it referenced until that channel leaves its next bridge).
 */
export class Bridging {
  readonly #destroyedButReferenced = new Map<string, SimBridge>();

  constructor(private readonly pbx: Pbx) {}

  create(id: string, type: string, name: string): SimBridge {
    const bridge = new SimBridge(id, type, name, this.pbx.timestamp());
    this.pbx.bridges.set(id, bridge);
    this.pbx.emit(eventFrames.bridgeOnly('BridgeCreated', this.pbx.timestamp(), bridge.toJson()), { bridgeIds: [id] });
    return bridge;
  }

  add(bridge: SimBridge, channel: SimChannel): void {
    if (channel.bridgeId === bridge.id) return;
    if (channel.bridgeId !== undefined) this.leave(channel, { moving: true });
    if (channel.stasis !== undefined) this.pbx.apps.subscribeBridge(channel.stasis.app, bridge.id);
    const existing = bridge.channelIds.map((id) => this.pbx.channels.get(id)).filter((c) => c !== undefined);
    bridge.channelIds.push(channel.id);
    channel.bridgeId = bridge.id;
    this.#emitMembership('ChannelEnteredBridge', bridge, channel);
    if (!bridge.isHolding) this.#connectParties([...existing, channel]);
    this.#propagateMedia(bridge);
  }

  /** Takes the channel out of its bridge; `moving` when it goes straight into another one. */
  leave(channel: SimChannel, how: { moving: boolean }): void {
    const bridge = channel.bridgeId === undefined ? undefined : this.pbx.bridges.get(channel.bridgeId);
    if (bridge === undefined) return;
    if (!bridge.isHolding) {
      this.pbx.setVariable(channel, 'BRIDGEPEER', '');
      if ((channel.variables.get('BRIDGEPVTCALLID') ?? '') !== '') this.pbx.setVariable(channel, 'BRIDGEPVTCALLID', '');
    }
    bridge.channelIds.splice(bridge.channelIds.indexOf(channel.id), 1);
    channel.bridgeId = undefined;
    this.#emitMembership('ChannelLeftBridge', bridge, channel);
    this.releaseLingering(channel);
    if (how.moving) channel.lingeringBridgeId = bridge.id;
  }

  destroy(bridge: SimBridge): void {
    for (const id of [...bridge.channelIds]) {
      const channel = this.pbx.channels.get(id);
      if (channel !== undefined) this.leave(channel, { moving: false });
    }
    this.pbx.media.endAllOn({ kind: 'bridge', id: bridge.id });
    this.pbx.recorder.endOn({ kind: 'bridge', id: bridge.id }, 'done');
    bridge.destroyed = true;
    this.pbx.bridges.delete(bridge.id);
    const referenced = [...this.pbx.channels.values()].some((c) => c.lingeringBridgeId === bridge.id);
    if (referenced) this.#destroyedButReferenced.set(bridge.id, bridge);
    else this.#announceDestroyed(bridge);
  }

  /** Drops the channel's hold on the bridge it was moved out of, announcing that bridge's end if it was deleted. */
  releaseLingering(channel: SimChannel): void {
    const id = channel.lingeringBridgeId;
    if (id === undefined) return;
    channel.lingeringBridgeId = undefined;
    const bridge = this.#destroyedButReferenced.get(id);
    if (bridge === undefined) return;
    const stillReferenced = [...this.pbx.channels.values()].some((c) => c.lingeringBridgeId === id);
    if (stillReferenced) return;
    this.#destroyedButReferenced.delete(id);
    this.#announceDestroyed(bridge);
  }

  /** Sets BRIDGEPEER / BRIDGEPVTCALLID again, as a transfer indication passing through the bridge does. */
  refreshPeerVariables(bridgeId: string): void {
    const bridge = this.pbx.bridges.get(bridgeId);
    if (bridge === undefined || bridge.isHolding) return;
    this.#setPeerVariables(bridge.channelIds.map((id) => this.pbx.channels.get(id)).filter((c) => c !== undefined));
  }

  /** The other channel of a two-party bridge, if the channel is in one. */
  soleBridgePeer(channel: SimChannel): SimChannel | undefined {
    const bridge = channel.bridgeId === undefined ? undefined : this.pbx.bridges.get(channel.bridgeId);
    if (bridge === undefined || bridge.channelIds.length !== 2) return undefined;
    const otherId = bridge.channelIds.find((id) => id !== channel.id);
    return otherId === undefined ? undefined : this.pbx.channels.get(otherId);
  }

  #announceDestroyed(bridge: SimBridge): void {
    this.pbx.emit(eventFrames.bridgeOnly('BridgeDestroyed', this.pbx.timestamp(), bridge.toJson()), { bridgeIds: [bridge.id] });
    this.pbx.apps.forgetBridge(bridge.id);
  }

  #emitMembership(type: 'ChannelEnteredBridge' | 'ChannelLeftBridge', bridge: SimBridge, channel: SimChannel): void {
    this.pbx.emit(eventFrames.channelBridge(type, this.pbx.timestamp(), bridge.toJson(), channel.toJson()), {
      channelIds: [channel.id],
      bridgeIds: [bridge.id],
    });
  }

  /** Members in join order, the newcomer last: peer variables first, then the connected-line exchange. */
  #connectParties(members: SimChannel[]): void {
    if (members.length < 2) return;
    this.#setPeerVariables(members);
    if (members.length !== 2) return;
    const [first, second] = members;
    if (first === undefined || second === undefined) return;
    const firstCaller = { ...first.caller };
    this.#updateConnected(first, second.caller);
    this.#updateConnected(second, firstCaller);
  }

  #setPeerVariables(members: SimChannel[]): void {
    for (const member of members) {
      const others = members.filter((m) => m !== member);
      this.pbx.setVariable(member, 'BRIDGEPEER', others.map((o) => o.name).join(','));
    }
    if (members.length !== 2) return;
    for (const member of members) {
      const other = members.find((m) => m !== member);
      if (other !== undefined && other.protocolId !== '') this.pbx.setVariable(member, 'BRIDGEPVTCALLID', other.protocolId);
    }
  }

  #updateConnected(channel: SimChannel, party: { name: string; number: string }): void {
    channel.connected = { ...party };
    this.pbx.emitFor(channel, (ts, json) => eventFrames.channelOnly('ChannelConnectedLine', ts, json));
    const half = channel.localPeer;
    if (half !== undefined) {
      half.caller = { ...party };
      half.callerIdChangePending = true;
    }
  }

  #propagateMedia(bridge: SimBridge): void {
    const members = bridge.channelIds.map((id) => this.pbx.channels.get(id)).filter((c) => c !== undefined);
    for (const member of members) {
      if (members.some((other) => other !== member && this.pbx.producesMedia(other))) this.pbx.notifyMedia(member, 'bridge');
    }
  }
}
