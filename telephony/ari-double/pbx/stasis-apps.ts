import type { EventBody } from './ari-json.js';

/** Why an application receives a channel's events; a channel stays subscribed while any reason remains. */
export type SubscriptionReason = 'stasis' | 'originate' | 'explicit';

/** The objects an event is about: an application receives it when subscribed to any of them. */
export interface EventSubject {
  readonly channelIds?: readonly string[];
  readonly bridgeIds?: readonly string[];
}

/** The receiving end of one events WebSocket. */
export interface EventsConnection {
  send(frame: string): void;
}

interface EventFilter {
  allowed: { type: string }[];
  disallowed: { type: string }[];
}

/** One Stasis application: its subscriptions and the WebSocket currently receiving its events. */
export class StasisApp {
  readonly channels = new Map<string, Set<SubscriptionReason>>();
  readonly bridgeIds = new Set<string>();
  readonly endpointIds = new Set<string>();
  readonly deviceNames = new Set<string>();
  connection: EventsConnection | undefined;
  subscribeAll = false;
  filter: EventFilter = { allowed: [], disallowed: [] };

  constructor(readonly name: string) {}

  get active(): boolean {
    return this.connection !== undefined;
  }

  wants(event: EventBody, subject: EventSubject): boolean {
    const about =
      this.subscribeAll ||
      (subject.channelIds ?? []).some((id) => this.channels.has(id)) ||
      (subject.bridgeIds ?? []).some((id) => this.bridgeIds.has(id));
    if (!about) return false;
    if (this.filter.disallowed.some((f) => f.type === event.type)) return false;
    return this.filter.allowed.length === 0 || this.filter.allowed.some((f) => f.type === event.type);
  }

  toJson(): Record<string, unknown> {
    return {
      name: this.name,
      channel_ids: [...this.channels.keys()],
      bridge_ids: [...this.bridgeIds],
      endpoint_ids: [...this.endpointIds],
      device_names: [...this.deviceNames],
      events_allowed: this.filter.allowed,
      events_disallowed: this.filter.disallowed,
    };
  }
}

/**
 * The registry of Stasis applications and the routing of events to them. An application exists once a
 * WebSocket registered it; while its WebSocket is down it keeps its subscriptions but events are lost,
 * as in Asterisk.
 */
export class StasisApps {
  readonly #apps = new Map<string, StasisApp>();

  constructor(
    private readonly asteriskId: string,
    private readonly timestamp: () => string,
    private readonly onFrameSent: (app: string, frame: string) => void,
  ) {}

  get(name: string): StasisApp | undefined {
    return this.#apps.get(name);
  }

  all(): StasisApp[] {
    return [...this.#apps.values()];
  }

  isActive(name: string): boolean {
    return this.#apps.get(name)?.active ?? false;
  }

  register(connection: EventsConnection, names: readonly string[], subscribeAll: boolean): void {
    for (const name of names) {
      const app = this.#getOrCreate(name);
      const previous = app.connection;
      if (previous !== undefined && previous !== connection) {
        this.#send(app, previous, { type: 'ApplicationReplaced', timestamp: this.timestamp() });
      }
      app.connection = connection;
      app.subscribeAll = subscribeAll;
    }
  }

  unregister(connection: EventsConnection): void {
    for (const app of this.#apps.values()) {
      if (app.connection === connection) app.connection = undefined;
    }
  }

  subscribeChannel(appName: string, channelId: string, reason: SubscriptionReason): void {
    const app = this.#getOrCreate(appName);
    const reasons = app.channels.get(channelId) ?? new Set<SubscriptionReason>();
    reasons.add(reason);
    app.channels.set(channelId, reasons);
  }

  unsubscribeChannel(appName: string, channelId: string, reason: SubscriptionReason): void {
    const reasons = this.#apps.get(appName)?.channels.get(channelId);
    if (reasons === undefined) return;
    reasons.delete(reason);
    if (reasons.size === 0) this.#apps.get(appName)?.channels.delete(channelId);
  }

  subscribeBridge(appName: string, bridgeId: string): void {
    this.#getOrCreate(appName).bridgeIds.add(bridgeId);
  }

  forgetChannel(channelId: string): void {
    for (const app of this.#apps.values()) app.channels.delete(channelId);
  }

  forgetBridge(bridgeId: string): void {
    for (const app of this.#apps.values()) app.bridgeIds.delete(bridgeId);
  }

  /** Sends the event to every active application that wants it, appending `asterisk_id` and `application`. */
  deliver(event: EventBody, subject: EventSubject): void {
    for (const app of this.#apps.values()) {
      if (app.connection !== undefined && app.wants(event, subject)) this.#send(app, app.connection, event);
    }
  }

  #send(app: StasisApp, connection: EventsConnection, event: EventBody): void {
    const frame = JSON.stringify({ ...event, asterisk_id: this.asteriskId, application: app.name });
    connection.send(frame);
    this.onFrameSent(app.name, frame);
  }

  #getOrCreate(name: string): StasisApp {
    let app = this.#apps.get(name);
    if (app === undefined) {
      app = new StasisApp(name);
      this.#apps.set(name, app);
    }
    return app;
  }
}
