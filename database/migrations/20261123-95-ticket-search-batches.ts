import type { Migration } from './migration.js';

/**
 * SQLite: ticket text is indexed for search in batches after commit instead of inside the
 * transaction that writes it. FTS5 writes a segment of its index for every transaction (in fact at
 * every savepoint) that changed it, and merges those segments as they pile up: at a ticket per
 * transaction that cost about 0.6 ms of the writer's one thread per registration, a hundred tickets
 * at once about 0.1 ms each.
 *
 * The triggers now only note which tickets' text the index lacks or holds out of date, in
 * `tickets_search_pending`: the ticket and the text the index holds for it (NULL when it holds none
 * yet). The first note wins, because it is what the index still holds until the batch runs. The
 * database (sqlite-search-index.ts) indexes the noted tickets a few times a second, and a search
 * brings the index up to date before it reads it. The index is in step when this runs, so nothing
 * is noted.
 */
export const ticketSearchBatches: Migration = {
  name: '20261123-95-ticket-search-batches',
  async up({ queryInterface, dialect }) {
    if (dialect !== 'sqlite') return;
    const run = (sql: string) => queryInterface.sequelize.query(sql);
    await run('CREATE TABLE tickets_search_pending (ticket_id INTEGER PRIMARY KEY, indexed_text TEXT)');
    for (const trigger of ['tickets_search_insert', 'tickets_search_update', 'tickets_search_delete']) await run(`DROP TRIGGER ${trigger}`);
    const note = (text: string) => `INSERT OR IGNORE INTO tickets_search_pending (ticket_id, indexed_text) VALUES (${text})`;
    await run(`CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets BEGIN ${note('new.id, NULL')}; END`);
    await run(`CREATE TRIGGER tickets_search_update AFTER UPDATE OF search_text ON tickets WHEN old.search_text IS NOT new.search_text BEGIN ${note('new.id, old.search_text')}; END`);
    await run(`CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets BEGIN ${note('old.id, old.search_text')}; END`);
  },
};
