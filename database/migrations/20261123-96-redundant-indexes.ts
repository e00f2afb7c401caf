import type { Migration } from './migration.js';

/**
 * Indexes whose every use an index that starts with the same columns serves, each one more B-tree
 * page written by every registration and cartable move:
 * - `ticket_assignments_ticket_id`: the primary key (ticket_id, position_id) starts with it;
 * - `ticket_involvements_position_id`: `ticket_involvements_position_ticket` (migration 20261123-80);
 * - SQLite only, `ticket_assignments_position_id`: `ticket_assignments_cartable_page` (migration
 *   20261123-70, SQLite only) starts with the position.
 */
export const redundantIndexes: Migration = {
  name: '20261123-96-redundant-indexes',
  async up({ queryInterface, dialect }) {
    await queryInterface.removeIndex('ticket_assignments', 'ticket_assignments_ticket_id');
    await queryInterface.removeIndex('ticket_involvements', 'ticket_involvements_position_id');
    if (dialect === 'sqlite') await queryInterface.removeIndex('ticket_assignments', 'ticket_assignments_position_id');
  },
};
