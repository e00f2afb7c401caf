import type { Migration } from './migration.js';

/** The ticket columns a cartable's tabs, filters and priority order read, copied into each of its rows. */
export const CARTABLE_COLUMNS = ['status', 'first_response_at', 'response_due_at', 'resolution_due_at', 'category_id', 'location_id', 'priority_code', 'registered_at'] as const;

/**
 * SQLite: the cartable columns of a ticket copied into its `ticket_assignments` rows, kept in step
 * by triggers (whoever writes the rows), with an index that holds a position's whole cartable. A
 * cartable's counts and the order of its pages are then read from that index alone, instead of
 * joining every row of the cartable to its ticket (tens of milliseconds for a busy position at a
 * million tickets, on every opening). PostgreSQL and SQL Server join, as before.
 */
export const cartableColumns: Migration = {
  name: '20261123-60-cartable-columns',
  async up({ queryInterface, dialect }) {
    if (dialect !== 'sqlite') return;
    const run = (sql: string) => queryInterface.sequelize.query(sql);
    const types: Record<(typeof CARTABLE_COLUMNS)[number], string> = {
      status: 'VARCHAR(32)',
      first_response_at: 'DATETIME',
      response_due_at: 'DATETIME',
      resolution_due_at: 'DATETIME',
      category_id: 'INTEGER',
      location_id: 'INTEGER',
      priority_code: 'VARCHAR(32)',
      registered_at: 'DATETIME',
    };
    for (const column of CARTABLE_COLUMNS) await run(`ALTER TABLE ticket_assignments ADD COLUMN ${column} ${types[column]}`);
    const columns = CARTABLE_COLUMNS.join(', ');
    const copy = (ticketId: string) => `(${columns}) = (SELECT ${columns} FROM tickets WHERE tickets.id = ${ticketId})`;
    await run(`UPDATE ticket_assignments SET ${copy('ticket_assignments.ticket_id')}`);
    await run(
      'CREATE INDEX ticket_assignments_cartable ON ticket_assignments (position_id, status, resolution_due_at, first_response_at, response_due_at, category_id, location_id, priority_code, registered_at)',
    );
    await run(
      `CREATE TRIGGER ticket_assignments_cartable_insert AFTER INSERT ON ticket_assignments BEGIN UPDATE ticket_assignments SET ${copy('new.ticket_id')} WHERE ticket_id = new.ticket_id AND position_id = new.position_id; END`,
    );
    // The ticket desk rewrites every column on each action; only a change of these touches the copies.
    await run(
      `CREATE TRIGGER tickets_cartable_update AFTER UPDATE OF ${columns} ON tickets WHEN ${CARTABLE_COLUMNS.map((column) => `old.${column} IS NOT new.${column}`).join(' OR ')} BEGIN ` +
        `UPDATE ticket_assignments SET (${columns}) = (${CARTABLE_COLUMNS.map((column) => `new.${column}`).join(', ')}) WHERE ticket_id = new.id; END`,
    );
  },
};
