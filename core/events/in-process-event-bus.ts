import type { DomainEvent, DomainEventSink, DomainEventSource } from './domain-events.js';

/** Delivers events to the listeners of this process; a failing listener does not stop the others. */
export class InProcessEventBus implements DomainEventSink, DomainEventSource {
  private readonly listeners = new Set<(event: DomainEvent) => void>();

  constructor(private readonly onListenerError: (error: unknown, event: DomainEvent) => void) {}

  publish(event: DomainEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error, event);
      }
    }
  }

  subscribe(listener: (event: DomainEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
