import type { BridgeJson } from './ari-json.js';

/** One simulated bridge; `channelIds` keeps join order, the JSON lists them sorted as Asterisk does. */
export class SimBridge {
  readonly channelIds: string[] = [];
  readonly variables = new Map<string, string>();
  musicOnHold: string | undefined;
  destroyed = false;
  /** Apps that will receive this bridge's events (those whose channels entered it). */
  readonly subscribedApps = new Set<string>();

  constructor(
    readonly id: string,
    readonly type: string,
    readonly name: string,
    readonly creationtime: string,
  ) {}

  get isHolding(): boolean {
    return this.type.split(',').includes('holding');
  }

  /** A mixing bridge is a `simple_bridge` for two channels and becomes `softmix` beyond that. */
  get technology(): string {
    if (this.isHolding) return 'holding_bridge';
    return this.channelIds.length > 2 ? 'softmix' : 'simple_bridge';
  }

  toJson(): BridgeJson {
    return {
      id: this.id,
      technology: this.technology,
      bridge_type: this.isHolding ? 'holding' : 'mixing',
      bridge_class: 'stasis',
      creator: 'Stasis',
      name: this.name,
      channels: [...this.channelIds].sort(),
      creationtime: this.creationtime,
      video_mode: 'talker',
    };
  }
}
