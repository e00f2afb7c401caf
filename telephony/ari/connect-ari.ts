import ari from 'ari-client';
import type { Logger } from '../logger.js';
import { AriAuthenticationError } from './ari-authentication-error.js';
import { AriConnection } from './ari-connection.js';
import { AriUnavailableError } from './ari-unavailable-error.js';
import { type BackoffPolicy, backoffDelay, defaultBackoff } from './exponential-backoff.js';

export interface ConnectAriOptions {
  /** `http://host:8088`, without `/ari`. */
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly app: string;
  readonly subscribeAll?: boolean;
  /** Event sources re-subscribed after every reconnect, e.g. `endpoint:PJSIP` for operator phones. */
  readonly eventSources?: readonly string[];
  /** Event types the application handles; Asterisk sends only these (default: every event). */
  readonly eventTypes?: readonly string[];
  /** Deadline of every REST call (default 10 s). */
  readonly requestTimeoutMs?: number;
  readonly backoff?: BackoffPolicy;
  readonly heartbeatMs?: number;
  readonly logger: Logger;
  readonly random?: () => number;
  /** Stops the attempts to reach Asterisk; the promise then rejects. */
  readonly signal?: AbortSignal;
}

/**
 * Connects a Stasis application to Asterisk, waiting with exponential backoff while Asterisk is
 * unreachable. The credentials are checked with a plain request first: ari-client's swagger loader
 * throws an uncaught exception on 401, which would kill the process.
 */
export async function connectAri(options: ConnectAriOptions): Promise<AriConnection> {
  const log = options.logger.child({ component: 'ari', app: options.app });
  const backoff = options.backoff ?? defaultBackoff;
  const random = options.random ?? Math.random;
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  for (let attempt = 0; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      await probe(options, requestTimeoutMs);
      const client = await withDeadline(ari.connect(options.url, options.username, options.password), requestTimeoutMs, 'loading the ARI description');
      const connection = new AriConnection(client, {
        url: options.url,
        username: options.username,
        password: options.password,
        app: options.app,
        subscribeAll: options.subscribeAll ?? false,
        eventSources: options.eventSources ?? [],
        eventTypes: options.eventTypes ?? [],
        requestTimeoutMs,
        backoff,
        heartbeatMs: options.heartbeatMs ?? 20_000,
        logger: options.logger,
        random,
      });
      await untilOpenOrAborted(connection, options.signal);
      return connection;
    } catch (error) {
      if (error instanceof AriAuthenticationError) throw error;
      const delay = backoffDelay(backoff, attempt, random);
      log.warn({ err: error, attempt: attempt + 1, delayMs: Math.round(delay) }, 'Asterisk unreachable; retrying');
      await sleep(delay, options.signal);
    }
  }
}

/** GET /ari/api-docs/resources.json as ari-client will, but with a status we can read. */
async function probe(options: ConnectAriOptions, timeoutMs: number): Promise<void> {
  const url = `${options.url}/ari/api-docs/resources.json`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new AriUnavailableError(`ARI at ${options.url} unreachable`, { cause: error });
  }
  await response.arrayBuffer();
  if (response.status === 401) throw new AriAuthenticationError(options.url);
  if (!response.ok) throw new AriUnavailableError(`ARI at ${options.url} answered ${response.status}`);
}

/** The events socket retries on its own; only an abort ends the wait for its first opening. */
async function untilOpenOrAborted(connection: AriConnection, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return connection.open();
  const aborted = new Promise<never>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
  try {
    await Promise.race([connection.open(), aborted]);
  } catch (error) {
    await connection.close();
    throw error;
  }
}

async function withDeadline<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AriUnavailableError(`${what} took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
