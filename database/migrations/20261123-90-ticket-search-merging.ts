import type { Migration } from './migration.js';

/**
 * SQLite: the ticket search index (FTS5, migration 20261123-50) merges its segments eight at a time
 * instead of four (`automerge`), still a little on each write. At a million tickets FTS5's default
 * made a ticket's insert cost 1.3 ms on average, with one in a hundred over 60 ms, on the one thread
 * that writes; eight brings it to about 0.55 ms. Merging is left incremental on purpose: with it
 * off, segments pile up and are merged sixteen at once (`crisismerge`), and such a merge at the
 * higher levels stops every write for seconds.
 */
export const ticketSearchMerging: Migration = {
  name: '20261123-90-ticket-search-merging',
  async up({ queryInterface, dialect }) {
    if (dialect !== 'sqlite') return;
    await queryInterface.sequelize.query("INSERT INTO tickets_search (tickets_search, rank) VALUES ('automerge', 8)");
  },
};
