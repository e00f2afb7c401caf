import { DestroyRef, Injectable, inject } from '@angular/core';

type Listener = (data: unknown) => void;

/**
 * The signed-in user's stream of live events (GET /api/events, see web/contract/live-events.ts):
 * one EventSource for the whole app, opened while anything listens. EventSource reconnects by
 * itself; nothing is replayed, so listeners of `ready` refetch what they show.
 */
@Injectable({ providedIn: 'root' })
export class LiveEvents {
  private source: EventSource | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Calls `listener` with each event `name`'s parsed data until the calling component is destroyed. */
  listen(name: string, listener: Listener, destroyRef = inject(DestroyRef)): void {
    destroyRef.onDestroy(this.subscribe(name, listener));
  }

  /** Like `listen`, for callers that end the subscription themselves. */
  subscribe(name: string, listener: Listener): () => void {
    let named = this.listeners.get(name);
    if (named === undefined) {
      named = new Set();
      this.listeners.set(name, named);
      this.source?.addEventListener(name, this.dispatch);
    }
    named.add(listener);
    this.open();
    return () => {
      named.delete(listener);
      if ([...this.listeners.values()].every((set) => set.size === 0)) this.close();
    };
  }

  private readonly dispatch = (event: Event) => {
    const message = event as MessageEvent<string>;
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return; // Not ours to read: the contract promises JSON.
    }
    for (const listener of [...(this.listeners.get(message.type) ?? [])]) listener(data);
  };

  private open(): void {
    if (this.source !== null || typeof EventSource === 'undefined') return;
    this.source = new EventSource('/api/events');
    for (const name of this.listeners.keys()) this.source.addEventListener(name, this.dispatch);
  }

  private close(): void {
    this.source?.close();
    this.source = null;
  }
}
