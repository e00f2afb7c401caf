import type { Migration } from './migration.js';

/**
 * SQLite: the ticket search index (FTS5, migration 20261123-50) stops merging its segments a little
 * on every write (`automerge`); they are merged sixteen at a time when that many pile up at one
 * level (`crisismerge`, FTS5's default). The incremental merging made a ticket's insert cost four
 * times as much at a million tickets (1 ms instead of 0.25 ms), on the one thread that writes.
 */
export const ticketSearchMerging: Migration = {
  name: '20261123-90-ticket-search-merging',
  async up({ queryInterface, dialect }) {
    if (dialect !== 'sqlite') return;
    await queryInterface.sequelize.query("INSERT INTO tickets_search (tickets_search, rank) VALUES ('automerge', 0)");
    await queryInterface.sequelize.query("INSERT INTO tickets_search (tickets_search, rank) VALUES ('crisismerge', 16)");
  },
};
