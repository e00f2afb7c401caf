import type { TicketDirectory } from './ticket-contacts.js';
import type { TicketPolicy } from './ticket-policy.js';
import type { TicketRepository } from './ticket-repository.js';
import type { TicketWorkflow } from './ticket-workflow.js';

/** Everything one ticket use case reads and writes, inside one transaction. */
export interface TicketUnitOfWork {
  readonly tickets: TicketRepository;
  readonly directory: TicketDirectory;
  readonly workflow: TicketWorkflow;
  policy(): Promise<TicketPolicy>;
  /** Runs after the transaction committed (to publish domain events). */
  afterCommit(hook: () => void): void;
}

/** Opens units of work (a transaction each); composed from the database and the engine (engine/workflows). */
export interface TicketStore {
  transaction<T>(work: (uow: TicketUnitOfWork) => Promise<T>): Promise<T>;
}
