import type { SqlExecutor, Tx } from '../database.js';

/** Tickets indexed per transaction: about 0.1 ms each, so one batch holds the writer some 50 ms at most. */
const BATCH = 500;
/** How often the noted tickets are looked for. */
const DEFAULT_INTERVAL_MS = 250;

/**
 * Indexes up to `limit` of the tickets noted in `tickets_search_pending` (migration 20261123-95),
 * oldest first: the text the index holds for each is taken out and the ticket's current text put
 * in, in one statement each for the whole batch, so that FTS5 writes one segment for all of them.
 * Returns how many were indexed.
 */
export async function indexNotedTickets(sql: SqlExecutor, limit = BATCH): Promise<number> {
  const [batch] = await sql.all<{ last: number | null; count: number }>(
    `SELECT MAX(ticket_id) AS last, COUNT(*) AS count FROM (SELECT ticket_id FROM tickets_search_pending ORDER BY ticket_id LIMIT ${Math.trunc(limit)}) batch`,
  );
  if (!batch || batch.last === null) return 0;
  const upTo = [batch.last];
  await sql.all("INSERT INTO tickets_search (tickets_search, rowid, search_text) SELECT 'delete', ticket_id, indexed_text FROM tickets_search_pending WHERE ticket_id <= ? AND indexed_text IS NOT NULL", upTo);
  // CROSS JOIN keeps the notes as the outer loop: SQLite carries `<= ?` over to tickets.id and
  // would otherwise read every older ticket.
  await sql.all('INSERT INTO tickets_search (rowid, search_text) SELECT t.id, t.search_text FROM tickets_search_pending p CROSS JOIN tickets t ON t.id = p.ticket_id WHERE p.ticket_id <= ?', upTo);
  await sql.all('DELETE FROM tickets_search_pending WHERE ticket_id <= ?', upTo);
  return Number(batch.count);
}

export interface SearchIndexer {
  /** Resolves once every ticket text committed before the call is in the index. */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps the ticket search index in step a few times a second, each batch a unit of work of its own
 * on the writer. Before the migration that notes tickets has run (a database being set up), there
 * is nothing to do.
 */
export function startSearchIndexer(read: SqlExecutor, transaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>, intervalMs = DEFAULT_INTERVAL_MS): SearchIndexer {
  let running: Promise<void> | undefined;
  let stopped = false;

  const anyNoted = async (): Promise<boolean> => {
    try {
      return (await read.all('SELECT 1 AS noted FROM tickets_search_pending LIMIT 1')).length > 0;
    } catch (error) {
      if (/no such table/.test((error as Error).message)) return false;
      throw error;
    }
  };
  const drain = async () => {
    while (!stopped && (await anyNoted()) && (await transaction((tx) => indexNotedTickets(tx.sql))) === BATCH);
  };
  const once = (): Promise<void> => {
    running ??= drain().finally(() => {
      running = undefined;
    });
    return running;
  };

  const timer = setInterval(() => {
    once().catch((error: unknown) => process.emitWarning(`ticket search indexing failed: ${(error as Error).message}`));
  }, intervalMs);
  timer.unref();

  return {
    async catchUp() {
      // A drain under way may have read the notes before the caller's commit: wait, then look again.
      if (running) await running.catch(() => undefined);
      await once();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
