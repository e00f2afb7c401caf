import type { Migration } from './migration.js';

/**
 * The tickets a position has ever held, read from the index alone: staff searches (SQLite) and the
 * visible-ticket subqueries read every involvement of a desk's positions, and the position index
 * alone sent each of those rows to the table for its ticket id.
 */
export const involvementsByPosition: Migration = {
  name: '20261123-80-involvements-by-position',
  async up({ queryInterface }) {
    await queryInterface.addIndex('ticket_involvements', ['position_id', 'ticket_id'], { name: 'ticket_involvements_position_ticket' });
  },
};
