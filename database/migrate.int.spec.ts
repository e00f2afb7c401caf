import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from './test-support/test-database.js';
import { appliedMigrations, migrate } from './migrate.js';
import { migrations } from './migrations/index.js';

describe('migrations', () => {
  it('apply every migration once and are a no-op the second time', async () => {
    const { db, dispose } = await createTestDatabase();
    try {
      assert.deepEqual(await appliedMigrations(db), migrations.map((m) => m.name).sort());
      assert.deepEqual(await migrate(db), []);
    } finally {
      await dispose();
    }
  });

  it('keep data written in a transaction and drop data of a failed one', async () => {
    const { db, dispose } = await createTestDatabase();
    try {
      await db.transaction((tx) => tx.sql.exec("INSERT INTO engine_variables (scope_key, name, instance_key, value) VALUES (1, 'kept', 1, '1')"));
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.sql.exec("INSERT INTO engine_variables (scope_key, name, instance_key, value) VALUES (1, 'dropped', 1, '2')");
          throw new Error('abort');
        }),
        /abort/,
      );
      const rows = await db.read.all<{ name: string }>('SELECT name FROM engine_variables ORDER BY name');
      assert.deepEqual(rows.map((row) => row.name), ['kept']);
    } finally {
      await dispose();
    }
  });
});
