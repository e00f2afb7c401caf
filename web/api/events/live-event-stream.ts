import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { canSeeTicketChange, isCallEventFor } from '../../../core/access/can-see-ticket-change.js';
import type { Principal } from '../../../core/access/principal.js';
import type { DomainEvent, DomainEventSource } from '../../../core/events/domain-events.js';
import { ROLES_SEEING_ALL_TICKETS } from '../../../core/tickets/can-view-ticket.js';
import type { Clock } from '../../../core/time/clock.js';
import type { LiveCallEvent, LiveReady, LiveTicketChanged } from '../../contract/live-events.js';

export interface LiveStreamOptions {
  readonly heartbeatMs: number;
  readonly maxAgeMs: number;
}

/** A client that reads slower than this much is buffered for is cut off; it reconnects and refetches. */
const MAX_BUFFERED_BYTES = 1 << 20;
const RETRY_MS = 3_000;

function ticketChangedFor(principal: Principal, event: Extract<DomainEvent, { type: 'ticket.changed' }>): LiveTicketChanged {
  const seesAll = principal.kind === 'system' || ROLES_SEEING_ALL_TICKETS.some((role) => principal.roles.has(role));
  const visible = new Set(principal.visiblePositionIds);
  return {
    ticketId: event.ticketId,
    trackingCode: event.trackingCode,
    action: event.action,
    status: event.status,
    positionIds: event.positionIds.filter((positionId) => seesAll || visible.has(positionId)),
    at: event.at.toISOString(),
  };
}

/** What of an event this principal is sent, or undefined when it is not theirs to know. */
function deliveryFor(principal: Principal, event: DomainEvent): { name: string; data: LiveTicketChanged | LiveCallEvent } | undefined {
  if (event.type === 'ticket.changed') return canSeeTicketChange(principal, event) ? { name: event.type, data: ticketChangedFor(principal, event) } : undefined;
  if ('callId' in event) return isCallEventFor(principal, event) ? { name: event.type, data: { callId: event.callId, at: event.at.toISOString(), data: event.data } } : undefined;
  // Anything else (telephony.command) is between server processes.
  return undefined;
}

/**
 * Streams the domain events a principal may see as Server-Sent Events until the client goes away
 * or the stream reaches its maximum age, with a heartbeat in between.
 */
export function openLiveEventStream(deps: { readonly events: DomainEventSource; readonly clock: Clock; readonly logger: Logger }, principal: Principal, request: Request, response: Response, options: LiveStreamOptions): void {
  response.status(200);
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache, no-transform');
  response.setHeader('Connection', 'keep-alive');
  // Tells nginx and similar proxies not to buffer the stream.
  response.setHeader('X-Accel-Buffering', 'no');
  response.flushHeaders();
  request.socket.setNoDelay(true);

  let sequence = 0;
  let closed = false;
  const send = (name: string, data: unknown) => {
    if (closed) return;
    sequence += 1;
    response.write(`id: ${sequence}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    if (response.writableLength > MAX_BUFFERED_BYTES) {
      deps.logger.warn({ bufferedBytes: response.writableLength }, 'live event stream cut off: its client reads too slowly (it reconnects and refetches)');
      close();
    }
  };
  const unsubscribe = deps.events.subscribe((event) => {
    const delivery = deliveryFor(principal, event);
    if (delivery !== undefined) send(delivery.name, delivery.data);
  });
  const heartbeat = setInterval(() => send('heartbeat', { at: deps.clock.now().toISOString() }), options.heartbeatMs);
  const maxAge = setTimeout(() => close(), options.maxAgeMs);
  function close(): void {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearInterval(heartbeat);
    clearTimeout(maxAge);
    response.end();
  }
  request.on('close', close);
  response.on('error', (error) => {
    deps.logger.debug({ err: error }, 'live event stream failed');
    close();
  });

  response.write(`retry: ${RETRY_MS}\n\n`);
  const ready: LiveReady = { heartbeatMs: options.heartbeatMs, maxAgeMs: options.maxAgeMs };
  send('ready', ready);
}
