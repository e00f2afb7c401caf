import { Umzug, SequelizeStorage } from 'umzug';
import type { Database } from './database.js';
import { migrations, type MigrationContext } from './migrations/index.js';

/** Applies every migration not yet applied, in order; safe to call on every start. */
export async function migrate(db: Database): Promise<string[]> {
  const context: MigrationContext = { queryInterface: db.sequelize.getQueryInterface(), dialect: db.dialect, db };
  const umzug = new Umzug<MigrationContext>({
    migrations: migrations.map((migration) => ({ name: migration.name, up: () => migration.up(context) })),
    context,
    storage: new SequelizeStorage({ sequelize: db.sequelize, tableName: 'schema_migrations' }),
    logger: undefined,
  });
  const applied = await umzug.up();
  return applied.map((migration) => migration.name);
}

/** The names of the applied migrations, newest last: the schema version reported by the health check. */
export async function appliedMigrations(db: Database): Promise<string[]> {
  const rows = await db.read.all<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
  return rows.map((row) => row.name);
}
