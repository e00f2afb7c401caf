import type { DomainEvent } from '../../core/events/domain-events.js';
import type { TicketDeps } from '../../core/tickets/ticket-deps.js';
import type { TicketStore } from '../../core/tickets/ticket-store.js';
import { cachedTicketPolicy } from '../../database/repositories/tickets/load-ticket-policy.js';
import { SqlTicketDirectory } from '../../database/repositories/tickets/sql-ticket-directory.js';
import { SqlTicketRepository } from '../../database/repositories/tickets/sql-ticket-repository.js';
import { recordingWorkflow } from '../../database/repositories/tickets/test-support/recording-workflow.js';
import { seedTicketDesk, type TicketDesk } from '../../database/repositories/tickets/test-support/seed-ticket-desk.js';
import { createTestDatabase, type TestDatabase } from '../../database/test-support/test-database.js';

export interface WorkerFixture {
  readonly database: TestDatabase;
  readonly desk: TicketDesk;
  readonly deps: TicketDeps;
  readonly events: DomainEvent[];
  readonly setTime: (iso: string) => void;
}

/** A migrated test database with the small organization, and ticket deps over it (the workflow only records). */
export async function workerFixture(settings: Record<string, unknown> = {}): Promise<WorkerFixture> {
  const database = await createTestDatabase();
  const desk = await seedTicketDesk(database.db, settings);
  const policy = cachedTicketPolicy(0);
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const store: TicketStore = {
    transaction: (work) =>
      database.db.transaction((tx) =>
        work({ tickets: new SqlTicketRepository(tx.sql), directory: new SqlTicketDirectory(tx.sql), workflow: recordingWorkflow(calls), policy: () => policy(tx.sql), afterCommit: (hook) => tx.afterCommit(hook) }),
      ),
  };
  let now = new Date('2026-01-03T06:30:00Z');
  let seed = 11;
  const events: DomainEvent[] = [];
  return {
    database,
    desk,
    events,
    deps: { store, clock: { now: () => now }, random: { nextInt: (max) => (seed = (seed * 48271) % 2147483647) % max }, events: { publish: (event) => events.push(event) } },
    setTime: (iso) => {
      now = new Date(iso);
    },
  };
}
