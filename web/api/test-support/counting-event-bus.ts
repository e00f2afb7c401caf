import type { DomainEvent } from '../../../core/events/domain-events.js';
import { InProcessEventBus } from '../../../core/events/in-process-event-bus.js';

/** The in-process bus, counting its subscribers, so that tests can see a stream let go of its subscription. */
export class CountingEventBus extends InProcessEventBus {
  subscribers = 0;
  readonly listenerErrors: unknown[] = [];

  constructor() {
    super((error) => this.listenerErrors.push(error));
  }

  override subscribe(listener: (event: DomainEvent) => void): () => void {
    const unsubscribe = super.subscribe(listener);
    this.subscribers += 1;
    let active = true;
    return () => {
      if (active) this.subscribers -= 1;
      active = false;
      unsubscribe();
    };
  }
}
