import http from 'node:http';

export interface ReceivedEvent {
  readonly event: string;
  readonly data: unknown;
  /** Date.now() when the event's last line arrived. */
  readonly at: number;
}

/**
 * One operator's browser on /api/events, as EventSource reads it: calls `onEvent` the moment a
 * whole event has arrived. Resolves once the stream's `ready` event is in.
 */
export function listen(url: string, sessionToken: string, onEvent: (event: ReceivedEvent) => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { Accept: 'text/event-stream', Cookie: `pishkhan_session=${sessionToken}` } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`/api/events answered ${response.statusCode}`));
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        const at = Date.now();
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length === 0) continue;
          const parsed = { event, data: JSON.parse(data.join('\n')) as unknown, at };
          if (event === 'ready') resolve(() => request.destroy());
          onEvent(parsed);
        }
      });
    });
    request.on('error', reject);
  });
}
