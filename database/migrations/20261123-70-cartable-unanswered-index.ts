import type { Migration } from './migration.js';

/**
 * SQLite: the open assignment rows with a response deadline and no first response yet, by position,
 * status and that deadline, so that a cartable's count of tickets late for their first response
 * reads a short range instead of every row of the cartable (countCartables). Partial: answered
 * tickets, most of a cartable, are not in it.
 */
export const cartableUnansweredIndex: Migration = {
  name: '20261123-70-cartable-unanswered-index',
  async up({ queryInterface, dialect }) {
    if (dialect !== 'sqlite') return;
    await queryInterface.sequelize.query(
      'CREATE INDEX ticket_assignments_unanswered ON ticket_assignments (position_id, status, response_due_at) WHERE first_response_at IS NULL AND response_due_at IS NOT NULL',
    );
  },
};
