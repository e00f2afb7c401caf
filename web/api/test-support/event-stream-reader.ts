import http from 'node:http';
import type { ApiClient } from './api-client.js';

export interface StreamEvent {
  readonly id: string | undefined;
  readonly event: string;
  readonly data: unknown;
}

/**
 * A Server-Sent Events client for tests over real HTTP: parses the stream as EventSource would and
 * lets a test wait for the next event of a kind, or make sure none came.
 */
export class EventStreamReader {
  readonly received: StreamEvent[] = [];
  status = 0;
  headers: http.IncomingHttpHeaders = {};
  retry: number | undefined;
  ended = false;
  private buffer = '';
  private waiters: Array<() => void> = [];
  private request: http.ClientRequest | undefined;

  static open(client: ApiClient, path = '/api/events'): Promise<EventStreamReader> {
    const reader = new EventStreamReader();
    const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return new Promise((resolve, reject) => {
      reader.request = http.get(`${client.baseUrl}${path}`, { headers: { Accept: 'text/event-stream', ...(cookie === '' ? {} : { Cookie: cookie }) } }, (response) => {
        reader.status = response.statusCode ?? 0;
        reader.headers = response.headers;
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => reader.feed(chunk));
        response.on('end', () => {
          reader.ended = true;
          reader.wake();
        });
        resolve(reader);
      });
      reader.request.on('error', (error) => (reader.ended ? undefined : reject(error)));
    });
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    for (let end = this.buffer.indexOf('\n\n'); end !== -1; end = this.buffer.indexOf('\n\n')) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let id: string | undefined;
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') id = value;
        else if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
        else if (field === 'retry') this.retry = Number(value);
      }
      if (data.length > 0) this.received.push({ id, event, data: JSON.parse(data.join('\n')) });
    }
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }

  /** The first received event named `name` after the `from`-th event, waiting up to `timeoutMs`. */
  async next(name: string, from = 0, timeoutMs = 2_000): Promise<StreamEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(from).find((event) => event.event === name);
      if (found !== undefined) return found;
      if (this.ended) throw new Error(`the stream ended before a ${name} event`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${name} event within ${timeoutMs} ms; got ${this.received.map((event) => event.event).join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The events named `name` received so far. */
  named(name: string): StreamEvent[] {
    return this.received.filter((event) => event.event === name);
  }

  close(): void {
    this.ended = true;
    this.request?.destroy();
  }
}
