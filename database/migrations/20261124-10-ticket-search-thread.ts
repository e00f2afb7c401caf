import { randomBytes } from 'node:crypto';
import type { Migration } from './migration.js';

/**
 * SQLite: ticket text is indexed for search by a thread of its own, into a database file of its own
 * (sqlite-search-index.ts), instead of in the main database by the writer. The index built there
 * before is dropped, with its notes and triggers; the thread builds the new one from the tickets.
 *
 * The triggers now note every change of a ticket's text in `tickets_search_changes`, one row per
 * change in commit order (AUTOINCREMENT: a number is never used twice, even once the notes below it
 * are deleted), which the thread indexes in that order. `tickets_search_source` names this database,
 * so that a search file left beside another database (or an older one) is built again.
 */
export const ticketSearchThread: Migration = {
  name: '20261124-10-ticket-search-thread',
  async up({ queryInterface, dialect }) {
    if (dialect !== 'sqlite') return;
    const run = (sql: string) => queryInterface.sequelize.query(sql);
    for (const trigger of ['tickets_search_insert', 'tickets_search_update', 'tickets_search_delete']) await run(`DROP TRIGGER IF EXISTS main.${trigger}`);
    await run('DROP TABLE IF EXISTS main.tickets_search_pending');
    await run('DROP TABLE IF EXISTS main.tickets_search');
    await run('CREATE TABLE tickets_search_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id INTEGER NOT NULL)');
    await run('CREATE TABLE tickets_search_source (id TEXT NOT NULL)');
    await run(`INSERT INTO tickets_search_source (id) VALUES ('${randomBytes(16).toString('hex')}')`);
    const note = (id: string) => `INSERT INTO tickets_search_changes (ticket_id) VALUES (${id})`;
    await run(`CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets BEGIN ${note('new.id')}; END`);
    await run(`CREATE TRIGGER tickets_search_update AFTER UPDATE OF search_text ON tickets WHEN old.search_text IS NOT new.search_text BEGIN ${note('new.id')}; END`);
    await run(`CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets BEGIN ${note('old.id')}; END`);
  },
};
