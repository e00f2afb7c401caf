import type { TicketStore } from '../../core/tickets/ticket-store.js';
import type { Database } from '../../database/database.js';
import { cachedTicketPolicy } from '../../database/repositories/tickets/load-ticket-policy.js';
import { SqlTicketDirectory } from '../../database/repositories/tickets/sql-ticket-directory.js';
import { SqlTicketRepository } from '../../database/repositories/tickets/sql-ticket-repository.js';
import type { ProcessEngine } from '../process-engine.js';
import { EngineTicketWorkflow } from './engine-ticket-workflow.js';

export interface TicketStoreOptions {
  /** How long the reference data (catalogue, rules, calendar, settings) is reused; 0 reads it for every action. */
  readonly policyTtlMs?: number;
}

/** The ticket use cases' units of work: the database's transaction, its repositories and the engine, together. */
export function createTicketStore(db: Database, engine: ProcessEngine, options: TicketStoreOptions = {}): TicketStore {
  const policy = cachedTicketPolicy(options.policyTtlMs ?? 5_000);
  return {
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          tickets: new SqlTicketRepository(tx.sql),
          directory: new SqlTicketDirectory(tx.sql),
          workflow: new EngineTicketWorkflow(engine, tx),
          policy: () => policy(tx.sql),
          afterCommit: (hook) => tx.afterCommit(hook),
        }),
      ),
  };
}
