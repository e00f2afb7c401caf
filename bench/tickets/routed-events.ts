import http from 'node:http';
import type { LiveTicketChanged } from '../../web/contract/live-events.js';
import type { ApiClient } from '../../web/api/test-support/api-client.js';

/**
 * One signed-in user's live event stream (GET /api/events, as the web app's cartable listens to
 * it), waiting for the moment a ticket lands in one of their positions' cartables: the
 * `ticket.changed` event of its routing, which the server sends only after the routing committed.
 */
export class RoutedEvents {
  private readonly arrived = new Map<number, number>();
  private readonly waiters = new Map<number, (at: number) => void>();
  private request: http.ClientRequest | undefined;

  private constructor(private readonly positionId: number) {}

  static open(client: ApiClient, positionId: number): Promise<RoutedEvents> {
    const events = new RoutedEvents(positionId);
    const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return new Promise((resolve, reject) => {
      events.request = http.get(`${client.baseUrl}/api/events`, { headers: { Accept: 'text/event-stream', Cookie: cookie } }, (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`the event stream answered ${response.statusCode}`));
          return;
        }
        response.setEncoding('utf8');
        // The server cuts off a client that reads too slowly: a measurement that lost its stream is void.
        response.on('close', () => events.fail(new Error(`the event stream of position ${positionId} closed`)));
        let buffer = '';
        response.on('data', (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
            events.take(buffer.slice(0, end), performance.now());
            buffer = buffer.slice(end + 2);
          }
        });
        resolve(events);
      });
      events.request.on('error', reject);
    });
  }

  private failure: Error | undefined;
  private readonly failers = new Set<(error: Error) => void>();

  private fail(error: Error): void {
    if (this.closing) return;
    this.failure = error;
    for (const reject of this.failers) reject(error);
    this.failers.clear();
  }

  private closing = false;

  private take(block: string, at: number): void {
    const lines = block.split('\n');
    if (!lines.includes('event: ticket.changed')) return;
    const data = lines.find((line) => line.startsWith('data: '));
    if (data === undefined) return;
    const change = JSON.parse(data.slice('data: '.length)) as LiveTicketChanged;
    if (change.action !== 'routed' || !change.positionIds.includes(this.positionId)) return;
    const waiter = this.waiters.get(change.ticketId);
    if (waiter === undefined) this.arrived.set(change.ticketId, at);
    else {
      this.waiters.delete(change.ticketId);
      waiter(at);
    }
  }

  /** When (performance.now()) the ticket arrived in the cartable; the event may have come before the registration's answer. */
  routedAt(ticketId: number, timeoutMs = 30_000): Promise<number> {
    const at = this.arrived.get(ticketId);
    if (at !== undefined) {
      this.arrived.delete(ticketId);
      return Promise.resolve(at);
    }
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const failed = (error: Error) => {
        clearTimeout(timer);
        this.waiters.delete(ticketId);
        reject(error);
      };
      const timer = setTimeout(() => {
        this.failers.delete(failed);
        this.waiters.delete(ticketId);
        reject(new Error(`ticket ${ticketId} did not reach the cartable of position ${this.positionId} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.failers.add(failed);
      this.waiters.set(ticketId, (routed) => {
        clearTimeout(timer);
        this.failers.delete(failed);
        resolve(routed);
      });
    });
  }

  close(): void {
    this.closing = true;
    this.request?.destroy();
  }
}
