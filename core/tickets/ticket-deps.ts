import type { DomainEventSink } from '../events/domain-events.js';
import type { RandomSource } from '../random/random-source.js';
import type { Clock } from '../time/clock.js';
import type { TicketStore } from './ticket-store.js';

/** What every ticket use case is given. */
export interface TicketDeps {
  readonly store: TicketStore;
  readonly clock: Clock;
  readonly random: RandomSource;
  /** `ticket.changed` is published here after each commit. */
  readonly events: DomainEventSink;
}
