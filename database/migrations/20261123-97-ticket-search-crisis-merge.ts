import type { Migration } from './migration.js';

/**
 * SQLite: the ticket search index (FTS5) merges a whole level of its segments at once only when
 * that level holds fifty of them (`crisismerge`), not sixteen. Its incremental merging
 * (`automerge`, migration 20261123-90) works on one level at a time, a little at each write; while
 * it is busy with a large level, the small segments written meanwhile pile up below it. At sixteen
 * FTS5 merged them in one go, and the merge cascaded up into the large level: measured on a copy of
 * the bench's database, one batch of fifty tickets held the writer — and with it the whole server —
 * for 0.7 s at 100 000 tickets and 3.8 s at a million. At fifty the incremental merge catches up
 * long before (it did, over 60 000 tickets indexed at a million), and the indexing cost less in
 * all: 0.21 ms a ticket instead of 0.28.
 */
export const ticketSearchCrisisMerge: Migration = {
  name: '20261123-97-ticket-search-crisis-merge',
  async up({ queryInterface, dialect }) {
    if (dialect !== 'sqlite') return;
    await queryInterface.sequelize.query("INSERT INTO tickets_search (tickets_search, rank) VALUES ('crisismerge', 50)");
  },
};
