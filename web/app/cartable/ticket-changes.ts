import { Injectable } from '@angular/core';
import type { LiveTicketChanged } from '../../contract/live-events';

export interface TicketChangeListener {
  readonly changed: (change: LiveTicketChanged) => void;
  /** The stream (re)opened: nothing is replayed, so refetch. */
  readonly reconnected: () => void;
}

/**
 * The `ticket.changed` events of GET /api/events (web/contract/live-events.ts), on one EventSource
 * opened while anything listens. EventSource reconnects by itself after a drop or the server's
 * periodic end of the stream; each `ready` after the first is told as a reconnection.
 */
@Injectable({ providedIn: 'root' })
export class TicketChanges {
  private source: EventSource | null = null;
  private readonly listeners = new Set<TicketChangeListener>();
  private opened = false;

  /** Returns the function that stops listening. */
  subscribe(listener: TicketChangeListener): () => void {
    this.listeners.add(listener);
    this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  private open(): void {
    if (this.source !== null || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events');
    source.addEventListener('ready', () => {
      if (this.opened) for (const listener of [...this.listeners]) listener.reconnected();
      this.opened = true;
    });
    source.addEventListener('ticket.changed', (event) => {
      let change: LiveTicketChanged;
      try {
        change = JSON.parse((event as MessageEvent<string>).data) as LiveTicketChanged;
      } catch {
        return; // Not an event of the contract: nothing to refetch for.
      }
      for (const listener of [...this.listeners]) listener.changed(change);
    });
    this.source = source;
  }

  private close(): void {
    this.source?.close();
    this.source = null;
    this.opened = false;
  }
}
