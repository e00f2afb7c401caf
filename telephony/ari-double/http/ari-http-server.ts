import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Pbx } from '../pbx/pbx.js';
import type { EventsConnection } from '../pbx/stasis-apps.js';
import type { AriOperation } from '../rest/operation-context.js';
import type { ApiDocs } from './api-docs.js';
import { AriHttpError } from './ari-http-error.js';
import { authenticationRealm, isAuthenticated } from './authenticate.js';
import { OperationRequest, type OperationResponse } from './operation-request.js';
import { RouteTable } from './route-table.js';

/** One REST call as the double received and answered it. */
export interface RestCall {
  readonly method: string;
  /** Path and query as sent, e.g. `/ari/channels/abc/play?media=sound%3Ahello`. */
  readonly path: string;
  readonly status: number;
  readonly responseBody: unknown;
}

const serverHeader = 'Asterisk/23.4.1';

/**
 * The ARI over HTTP and WebSocket, as Asterisk's res_ari serves it: authentication, api-docs, routing
 * by the declared operations, error bodies, and the events WebSocket at `/ari/events`.
 */
export class AriHttpServer {
  readonly restCalls: RestCall[] = [];
  readonly #server: Server;
  readonly #sockets = new WebSocketServer({ noServer: true });
  readonly #routes: RouteTable;
  readonly #connections = new Map<WebSocket, { readonly connection: EventsConnection; readonly pbx: Pbx }>();
  #refusingEvents = false;

  constructor(
    /** The simulated Asterisk now serving; a restart of the double replaces it. */
    private readonly currentPbx: () => Pbx,
    private readonly apiDocs: ApiDocs,
    private readonly operations: Readonly<Record<string, AriOperation>>,
  ) {
    this.#routes = new RouteTable(apiDocs.operations);
    this.#server = createServer((request, response) => {
      this.#handle(request, response).catch((error: unknown) => {
        this.pbx.options.logger.error({ err: error }, 'ari double request failed');
        if (!response.headersSent) this.#send(response, request, 500, { message: 'Internal Server Error' });
      });
    });
    this.#server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => this.#upgrade(request, socket, head));
  }

  private get pbx(): Pbx {
    return this.currentPbx();
  }

  async listen(host: string, port: number): Promise<AddressInfo> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => resolve());
    });
    return this.#server.address() as AddressInfo;
  }

  async close(): Promise<void> {
    for (const client of this.#sockets.clients) client.terminate();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Cuts every events WebSocket without a close handshake, as a network failure would; their apps go inactive at once. */
  dropEventConnections(): void {
    for (const [socket, { connection, pbx }] of this.#connections) {
      pbx.apps.unregister(connection);
      socket.terminate();
    }
    this.#connections.clear();
  }

  /** While refusing, new events WebSockets are cut during the handshake. */
  refuseEventConnections(refuse: boolean): void {
    this.#refusingEvents = refuse;
  }

  get openEventConnections(): number {
    return [...this.#sockets.clients].filter((c) => c.readyState === WebSocket.OPEN).length;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://double');
    if (!url.pathname.startsWith('/ari/')) {
      response.writeHead(404, { 'Content-Type': 'text/html', Server: serverHeader });
      response.end('<title>404 Not Found</title><h1>Not Found</h1>');
      return;
    }
    const body = await readBody(request);
    if (!isAuthenticated(request.headers, url.searchParams, this.pbx.options.username, this.pbx.options.password)) {
      this.#send(response, request, 401, { message: 'Authentication required' }, { 'WWW-Authenticate': `Basic realm="${authenticationRealm}"` });
      return;
    }
    const path = url.pathname.slice('/ari/'.length);
    if (path.endsWith('/')) {
      this.#send(response, request, 404, { message: `ARI URLs do not end with a slash. Try /ari/${path.slice(0, -1)}` });
      return;
    }
    if (path.startsWith('api-docs/')) {
      this.#serveApiDocs(request, response, path.slice('api-docs/'.length));
      return;
    }
    const segments = path.split('/').map((segment) => decodeURIComponent(segment));
    const match = this.#routes.match(request.method ?? 'GET', segments);
    if (match.kind === 'not-found' || this.pbx.options.unloadedResources.includes(segments[0] ?? '')) {
      this.#send(response, request, 404, { message: 'Resource not found' });
      return;
    }
    if (match.kind === 'method-not-allowed') {
      this.#send(response, request, 405, { message: 'Invalid method' });
      return;
    }
    const key = `${match.operation.resource}.${match.operation.nickname}`;
    const operation = this.operations[key];
    if (operation === undefined) {
      this.#send(response, request, 501, { message: 'Method not implemented' });
      return;
    }
    let parsed: unknown;
    try {
      parsed = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      this.#send(response, request, 400, { message: 'Error parsing request body' });
      return;
    }
    let answer: OperationResponse;
    try {
      answer = operation(new OperationRequest(url.searchParams, match.pathParams, parsed), this.pbx);
    } catch (error) {
      if (!(error instanceof AriHttpError)) throw error;
      this.#send(response, request, error.status, error.body);
      return;
    }
    this.#answer(request, response, answer);
  }

  #answer(request: IncomingMessage, response: ServerResponse, answer: OperationResponse): void {
    if (answer.binary !== undefined) {
      response.writeHead(answer.status, { Server: serverHeader, 'Content-Type': answer.binary.contentType, 'Content-Length': answer.binary.data.length, 'Cache-Control': 'no-cache, no-store' });
      response.end(answer.binary.data);
      this.#log(request, answer.status, { binaryBytes: answer.binary.data.length });
      return;
    }
    const extra: Record<string, string> = answer.location === undefined ? {} : { Location: `/ari${answer.location}` };
    this.#send(response, request, answer.status, answer.json, extra);
  }

  #serveApiDocs(request: IncomingMessage, response: ServerResponse, file: string): void {
    if (request.method !== 'GET') {
      this.#send(response, request, 405, { message: 'Unsupported method' });
      return;
    }
    const text = this.apiDocs.document(file, request.headers.host);
    if (text === undefined) {
      this.#send(response, request, 404, { message: 'Resource not found' });
      return;
    }
    response.writeHead(200, { Server: serverHeader, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-cache, no-store' });
    response.end(text);
    this.#log(request, 200, { apiDoc: file });
  }

  #send(response: ServerResponse, request: IncomingMessage, status: number, json: unknown, headers: Record<string, string> = {}): void {
    if (status === 204 || json === undefined) {
      response.writeHead(status, { Server: serverHeader, 'Content-Length': 0, 'Cache-Control': 'no-cache, no-store', ...headers });
      response.end();
    } else {
      const text = JSON.stringify(json);
      response.writeHead(status, { Server: serverHeader, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-cache, no-store', ...headers });
      response.end(text);
    }
    this.#log(request, status, json);
  }

  #log(request: IncomingMessage, status: number, responseBody: unknown): void {
    this.restCalls.push({ method: request.method ?? 'GET', path: request.url ?? '', status, responseBody });
  }

  #upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://double');
    if (url.pathname !== '/ari/events' || this.#refusingEvents) {
      socket.destroy();
      return;
    }
    if (!isAuthenticated(request.headers, url.searchParams, this.pbx.options.username, this.pbx.options.password)) {
      rejectUpgrade(socket, '401 Unauthorized', { message: 'Authentication required' }, `WWW-Authenticate: Basic realm="${authenticationRealm}"\r\n`);
      return;
    }
    const apps = (url.searchParams.get('app') ?? '').split(',').filter((app) => app !== '');
    if (apps.length === 0) {
      rejectUpgrade(socket, '400 Bad Request', { message: 'HTTP request is missing param: [app]' });
      return;
    }
    const subscribeAll = ['yes', 'true', 'y', 't', '1', 'on'].includes((url.searchParams.get('subscribeAll') ?? '').toLowerCase());
    this.#sockets.handleUpgrade(request, socket, head, (ws) => {
      const connection: EventsConnection = {
        send: (frame) => {
          if (ws.readyState === WebSocket.OPEN) ws.send(frame);
        },
      };
      const pbx = this.pbx;
      this.#connections.set(ws, { connection, pbx });
      pbx.apps.register(connection, apps, subscribeAll);
      const gone = () => {
        this.#connections.delete(ws);
        pbx.apps.unregister(connection);
      };
      ws.on('close', gone);
      ws.on('error', gone);
    });
  }
}

function rejectUpgrade(socket: Duplex, status: string, body: unknown, extraHeaders = ''): void {
  const text = JSON.stringify(body);
  socket.end(`HTTP/1.1 ${status}\r\nServer: ${serverHeader}\r\n${extraHeaders}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
