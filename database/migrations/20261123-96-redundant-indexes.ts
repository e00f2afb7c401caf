import type { Migration } from './migration.js';

/**
 * Indexes of `ticket_assignments` whose every use an index that starts with the same columns
 * serves, each one more B-tree page written by every registration and cartable move:
 * - `ticket_assignments_ticket_id`: the primary key (ticket_id, position_id) starts with it;
 * - SQLite only, `ticket_assignments_position_id`: `ticket_assignments_cartable_page` (migration
 *   20261123-70, SQLite only) starts with the position.
 * `ticket_involvements_position_id` stays, although (position_id, ticket_id) starts with it too: in
 * it a position's rows are in insertion order, and the staff search reads only those added since
 * its last look (involvement-bitsets.ts), which took 10 to 15 ms more per search without it.
 */
export const redundantIndexes: Migration = {
  name: '20261123-96-redundant-indexes',
  async up({ queryInterface, dialect }) {
    await queryInterface.removeIndex('ticket_assignments', 'ticket_assignments_ticket_id');
    if (dialect === 'sqlite') await queryInterface.removeIndex('ticket_assignments', 'ticket_assignments_position_id');
  },
};
