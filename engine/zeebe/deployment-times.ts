import type { Database, Dialect } from '../../database/database.js';

function insertIfAbsent(dialect: Dialect): string {
  if (dialect === 'sqlite') return 'INSERT OR IGNORE INTO engine_zeebe_definitions (definition_key, deployed_at) VALUES (?, ?)';
  if (dialect === 'postgres') return 'INSERT INTO engine_zeebe_definitions (definition_key, deployed_at) VALUES (?, ?) ON CONFLICT DO NOTHING';
  return 'INSERT INTO engine_zeebe_definitions (definition_key, deployed_at) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM engine_zeebe_definitions WHERE definition_key = ?)';
}

/**
 * When each process definition was first deployed through this adapter: the REST API does not
 * report deployment times. Definitions deployed by other means have none.
 */
export class DeploymentTimes {
  constructor(private readonly db: Database) {}

  async recordIfAbsent(definitionKeys: readonly string[], at: number): Promise<void> {
    if (definitionKeys.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const key of definitionKeys) {
        await tx.sql.all(insertIfAbsent(tx.sql.dialect), tx.sql.dialect === 'mssql' ? [key, at, key] : [key, at]);
      }
    });
  }

  async of(definitionKeys: readonly string[]): Promise<Map<string, Date>> {
    const times = new Map<string, Date>();
    if (definitionKeys.length === 0) return times;
    const rows = await this.db.read.all<{ definition_key: string; deployed_at: number | string }>(
      `SELECT definition_key, deployed_at FROM engine_zeebe_definitions WHERE definition_key IN (${definitionKeys.map(() => '?').join(', ')})`,
      definitionKeys,
    );
    for (const row of rows) times.set(row.definition_key, new Date(Number(row.deployed_at)));
    return times;
  }
}
