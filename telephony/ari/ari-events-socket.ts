import { WebSocket } from 'ws';
import type { Logger } from '../logger.js';
import type { AnyAriEvent } from './ari-event.js';
import { type BackoffPolicy, backoffDelay } from './exponential-backoff.js';

export interface EventsSocketOptions {
  /** The ARI base URL, `http://host:port`. */
  readonly url: string;
  readonly username: string;
  readonly password: string;
  /** Stasis application(s) registered by opening the socket. */
  readonly app: string;
  readonly subscribeAll: boolean;
  readonly backoff: BackoffPolicy;
  /** A ping this often; no pong before the next one means the connection is dead. */
  readonly heartbeatMs: number;
  readonly logger: Logger;
  readonly random: () => number;
}

export interface EventsSocketListener {
  /** The socket opened; `again` after a reconnect (Asterisk registered the application anew). */
  opened(again: boolean): void;
  closed(): void;
  received(event: AnyAriEvent): void;
}

/**
 * The `/ari/events` WebSocket, kept open: it reconnects after any loss with exponential backoff and
 * jitter, without a retry limit (ari-client's own socket gives up after ten tries and never jitters).
 */
export class AriEventsSocket {
  #socket: WebSocket | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #attempt = 0;
  #everOpened = false;
  #stopped = false;
  #open = false;

  constructor(
    private readonly options: EventsSocketOptions,
    private readonly listener: EventsSocketListener,
  ) {}

  get isOpen(): boolean {
    return this.#open;
  }

  start(): void {
    this.#stopped = false;
    this.#connect();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#retryTimer);
    clearInterval(this.#heartbeat);
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket === undefined || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.close();
      setTimeout(() => {
        socket.terminate();
        resolve();
      }, 1000).unref();
    });
  }

  #connect(): void {
    const { url, username, password, app, subscribeAll, logger } = this.options;
    const target = new URL('/ari/events', url.replace(/^http/, 'ws'));
    target.searchParams.set('app', app);
    if (subscribeAll) target.searchParams.set('subscribeAll', 'true');
    const socket = new WebSocket(target, { headers: { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` } });
    this.#socket = socket;
    let alive = true;

    socket.on('open', () => {
      this.#attempt = 0;
      this.#open = true;
      const again = this.#everOpened;
      this.#everOpened = true;
      this.#heartbeat = setInterval(() => {
        if (!alive) {
          logger.warn({ app }, 'ARI events socket missed a pong; dropping it');
          socket.terminate();
          return;
        }
        alive = false;
        socket.ping();
      }, this.options.heartbeatMs);
      this.listener.opened(again);
    });
    socket.on('pong', () => {
      alive = true;
    });
    socket.on('message', (data: Buffer) => this.#receive(data));
    socket.on('error', (error) => logger.warn({ app, err: error }, 'ARI events socket error'));
    socket.on('close', () => {
      clearInterval(this.#heartbeat);
      const wasOpen = this.#open;
      this.#open = false;
      if (wasOpen) this.listener.closed();
      if (!this.#stopped && this.#socket === socket) this.#scheduleReconnect();
    });
  }

  #scheduleReconnect(): void {
    const delay = backoffDelay(this.options.backoff, this.#attempt++, this.options.random);
    this.options.logger.info({ app: this.options.app, attempt: this.#attempt, delayMs: Math.round(delay) }, 'ARI events socket reconnecting');
    this.#retryTimer = setTimeout(() => this.#connect(), delay);
  }

  #receive(data: Buffer): void {
    let event: AnyAriEvent;
    try {
      event = JSON.parse(data.toString('utf8')) as AnyAriEvent;
    } catch (error) {
      this.options.logger.error({ app: this.options.app, err: error }, 'ARI sent a frame that is not JSON');
      return;
    }
    this.listener.received(event);
  }
}
