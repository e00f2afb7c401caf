import type { Migration } from './migration.js';

/** The assignment columns a cartable page is chosen, filtered and ordered by, then its ticket. */
const PAGE_KEY = 'category_id, location_id, priority_code, registered_at, ticket_id';

/**
 * SQLite: the cartable indexes of migration 20261123-60 made to answer a page alone.
 * - `ticket_assignments_cartable_page` replaces `ticket_assignments_cartable` with the ticket id
 *   at its end: a page of a tab no longer looks up each candidate row for it.
 * - `ticket_assignments_unanswered` holds the rows with a response deadline and no first response
 *   yet (most of a cartable is answered), by position, status and that deadline: a cartable's
 *   count and list of tickets late for their first response read a short range of it instead of
 *   testing every row of the cartable (cartable-queries.ts).
 */
export const cartableIndexes: Migration = {
  name: '20261123-70-cartable-indexes',
  async up({ queryInterface, dialect }) {
    if (dialect !== 'sqlite') return;
    const run = (sql: string) => queryInterface.sequelize.query(sql);
    await run(
      `CREATE INDEX ticket_assignments_cartable_page ON ticket_assignments (position_id, status, resolution_due_at, first_response_at, response_due_at, ${PAGE_KEY})`,
    );
    await run('DROP INDEX ticket_assignments_cartable');
    await run('DROP INDEX IF EXISTS ticket_assignments_unanswered');
    await run(
      `CREATE INDEX ticket_assignments_unanswered ON ticket_assignments (position_id, status, response_due_at, resolution_due_at, first_response_at, ${PAGE_KEY}) WHERE first_response_at IS NULL AND response_due_at IS NOT NULL`,
    );
  },
};
