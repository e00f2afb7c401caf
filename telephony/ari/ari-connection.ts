import type { Client } from 'ari-client';
import type { Logger } from '../logger.js';
import type { AnyAriEvent, AriEventMap, AriEventType } from './ari-event.js';
import { AriEventsSocket, type EventsSocketOptions } from './ari-events-socket.js';
import { callAri } from './call-ari.js';

export type ConnectionChange = 'connected' | 'reconnected' | 'disconnected';

export interface AriConnectionSettings extends EventsSocketOptions {
  /** Event sources (`endpoint:PJSIP`, `deviceState:…`) subscribed again after every (re)connect. */
  readonly eventSources: readonly string[];
  /**
   * The event types the application handles; Asterisk is asked to send only these (the application's
   * event filter, set again after every (re)connect). Empty: every event. Asterisk sends a channel in
   * Stasis many events an application may not need (a dozen `ChannelVarset` per call), each one
   * parsed here.
   */
  readonly eventTypes: readonly string[];
  readonly requestTimeoutMs: number;
}

type Handler = (event: AnyAriEvent) => void;

/**
 * One Stasis application's link to Asterisk: ari-client for REST calls (wrapped by `call`), and our
 * own events socket, whose reconnects re-register the application and its event sources.
 */
export class AriConnection {
  readonly #handlers = new Map<string, Set<Handler>>();
  readonly #changeHandlers = new Set<(change: ConnectionChange) => void>();
  readonly #socket: AriEventsSocket;
  readonly #log: Logger;
  #firstOpen: { resolve: () => void; promise: Promise<void> };

  constructor(
    /** ari-client, for REST calls; prefer `call`, which adds a deadline and typed errors. */
    readonly client: Client,
    private readonly settings: AriConnectionSettings,
  ) {
    this.#log = settings.logger.child({ component: 'ari', app: settings.app });
    let resolve = () => undefined as void;
    const promise = new Promise<void>((done) => (resolve = done));
    this.#firstOpen = { resolve, promise };
    this.#socket = new AriEventsSocket(settings, {
      opened: (again) => void this.#opened(again),
      closed: () => {
        this.#log.warn({}, 'ARI events socket lost');
        this.#notify('disconnected');
      },
      received: (event) => this.#dispatch(event),
    });
  }

  get app(): string {
    return this.settings.app;
  }

  get connected(): boolean {
    return this.#socket.isOpen;
  }

  /** Opens the events socket; resolves once the application is registered the first time. */
  async open(): Promise<void> {
    this.#socket.start();
    await this.#firstOpen.promise;
  }

  async close(): Promise<void> {
    await this.#socket.stop();
  }

  on<K extends AriEventType>(type: K, handler: (event: AriEventMap[K]) => void): () => void {
    return this.#subscribe(type, handler as unknown as Handler);
  }

  onAnyEvent(handler: (event: AnyAriEvent) => void): () => void {
    return this.#subscribe('*', handler);
  }

  onConnectionChange(handler: (change: ConnectionChange) => void): () => void {
    this.#changeHandlers.add(handler);
    return () => this.#changeHandlers.delete(handler);
  }

  /** The first event of this type that `matches`, from now on; subscribe before causing it. */
  waitFor<K extends AriEventType>(type: K, matches: (event: AriEventMap[K]) => boolean): { promise: Promise<AriEventMap[K]>; cancel: () => void } {
    let cancel = () => undefined as void;
    const promise = new Promise<AriEventMap[K]>((resolve) => {
      cancel = this.on(type, (event) => {
        if (!matches(event)) return;
        cancel();
        resolve(event);
      });
    });
    return { promise, cancel };
  }

  /**
   * One REST call through ari-client, e.g. `call('channels.answer', { channelId }, (c, p) => c.channels.answer(p))`:
   * rejects with AriTimeoutError after the request timeout and with the typed ARI errors otherwise.
   */
  call<P extends object, T>(operation: string, params: P, run: (client: Client, params: P) => Promise<T>): Promise<T> {
    return callAri(operation, params, (p) => run(this.client, p), this.settings.requestTimeoutMs);
  }

  async #opened(again: boolean): Promise<void> {
    this.#log.info({ again }, again ? 'ARI events socket reconnected' : 'ARI events socket connected');
    if (this.settings.eventTypes.length > 0) {
      const params = { applicationName: this.settings.app, filter: { allowed: this.settings.eventTypes.map((type) => ({ type })), disallowed: [] } };
      await this.call('applications.filter', params, (c, p) => c.applications.filter(p)).catch((error: unknown) => {
        this.#log.warn({ err: error }, 'could not set the ARI application\'s event filter; every event will be received');
      });
    }
    if (this.settings.eventSources.length > 0) {
      const params = { applicationName: this.settings.app, eventSource: [...this.settings.eventSources] };
      await this.call('applications.subscribe', params, (c, p) => c.applications.subscribe(p)).catch((error: unknown) => {
        this.#log.error({ err: error, eventSources: this.settings.eventSources }, 'could not subscribe the ARI application to its event sources');
      });
    }
    this.#firstOpen.resolve();
    this.#notify(again ? 'reconnected' : 'connected');
  }

  #subscribe(type: string, handler: Handler): () => void {
    const handlers = this.#handlers.get(type) ?? new Set<Handler>();
    handlers.add(handler);
    this.#handlers.set(type, handlers);
    return () => handlers.delete(handler);
  }

  #dispatch(event: AnyAriEvent): void {
    if (event.type === 'ApplicationReplaced') this.#log.error({}, 'another connection took over the ARI application');
    for (const handler of [...(this.#handlers.get(event.type) ?? []), ...(this.#handlers.get('*') ?? [])]) {
      try {
        handler(event);
      } catch (error) {
        this.#log.error({ err: error, eventType: event.type }, 'ARI event handler failed');
      }
    }
  }

  #notify(change: ConnectionChange): void {
    for (const handler of this.#changeHandlers) handler(change);
  }
}
