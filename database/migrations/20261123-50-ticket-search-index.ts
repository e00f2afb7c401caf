import type { Migration } from './migration.js';

/**
 * An index for the ticket search, which matches every query word anywhere in `tickets.search_text`
 * (`LIKE '%word%'`, a full scan without it: seconds at a million tickets). SQLite: an FTS5 table
 * with the trigram tokenizer over the column, kept in step by triggers, so that `LIKE` on it uses
 * the index for words of three characters or more. PostgreSQL: a trigram GIN index (pg_trgm, a
 * trusted extension the database owner may create), which the planner uses for the same `LIKE`.
 * SQL Server keeps the scan.
 */
export const ticketSearchIndex: Migration = {
  name: '20261123-50-ticket-search-index',
  async up({ queryInterface, dialect }) {
    const run = (sql: string) => queryInterface.sequelize.query(sql);
    if (dialect === 'sqlite') {
      await run("CREATE VIRTUAL TABLE tickets_search USING fts5(search_text, content='tickets', content_rowid='id', tokenize='trigram')");
      await run('CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets BEGIN INSERT INTO tickets_search(rowid, search_text) VALUES (new.id, new.search_text); END');
      await run("CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets BEGIN INSERT INTO tickets_search(tickets_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); END");
      // Most actions rewrite the read model without changing its text: those leave the index alone.
      await run(
        'CREATE TRIGGER tickets_search_update AFTER UPDATE OF search_text ON tickets WHEN old.search_text IS NOT new.search_text BEGIN ' +
          "INSERT INTO tickets_search(tickets_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); " +
          'INSERT INTO tickets_search(rowid, search_text) VALUES (new.id, new.search_text); END',
      );
      await run("INSERT INTO tickets_search(tickets_search) VALUES ('rebuild')");
    } else if (dialect === 'postgres') {
      await run('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await run('CREATE INDEX tickets_search_text_trgm ON tickets USING gin (search_text gin_trgm_ops)');
    }
  },
};
