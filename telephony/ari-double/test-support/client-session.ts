import type { EventEmitter } from 'node:events';
import ari, { type Client } from 'ari-client';
import type { AriDouble } from '../ari-double.js';

export type LoggedEvent = { readonly type: string } & Record<string, unknown>;

/** The real ari-client connected to the double, logging every event it emits. */
export class ClientSession {
  readonly events: LoggedEvent[] = [];

  private constructor(readonly client: Client) {
    // '*' carries every event; the typings only know the named ones.
    (client as unknown as EventEmitter).on('*', (event: LoggedEvent) => this.events.push(event));
  }

  static async open(double: AriDouble, app = 'helpdesk'): Promise<ClientSession> {
    const client = await ari.connect(double.url, double.username, double.password);
    const session = new ClientSession(client);
    await client.start(app);
    return session;
  }

  /** The first logged event of this type that satisfies `matches`, waiting for it if need be. */
  async event(type: string, matches: (event: LoggedEvent) => boolean = () => true, timeoutMs = 3000): Promise<LoggedEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find((event) => event.type === type && matches(event));
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no ${type} within ${timeoutMs} ms; got ${this.types().join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Types of the logged events about one channel (by `channel.id` or `peer.id`), in order. */
  typesFor(channelId: string): string[] {
    return this.events.filter((event) => channelIdOf(event) === channelId).map((event) => event.type);
  }

  types(): string[] {
    return this.events.map((event) => event.type);
  }

  close(): void {
    this.client.stop();
  }
}

export function channelIdOf(event: LoggedEvent): string | undefined {
  const withChannel = event as { channel?: { id?: string }; peer?: { id?: string } };
  return withChannel.channel?.id ?? withChannel.peer?.id;
}
