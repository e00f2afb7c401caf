import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../database.js';
import { openDatabase } from '../open-database.js';
import { migrate } from '../migrate.js';

export interface TestDatabase {
  readonly db: Database;
  /** The URL, for tests that open a second connection or start a child process on the same data. */
  readonly url: string;
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a temporary SQLite file by default, or a new
 * PostgreSQL database when the test command runs the suite again with TEST_DATABASE=postgres.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DATABASE === 'postgres') {
    const adminUrl = process.env.TEST_POSTGRES_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL');
    const name = `pishkhan_test_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
    const db = await openDatabase({ url, poolMax: 8 });
    await migrate(db);
    return {
      db,
      url,
      async dispose() {
        await db.close();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  return createSqliteTestDatabase();
}

/** A fresh, migrated SQLite file whatever TEST_DATABASE says: for what only SQLite has. */
export async function createSqliteTestDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-test-'));
  const url = `sqlite:${path.join(dir, 'test.sqlite')}`;
  const db = await openDatabase({ url, poolMax: 1 });
  await migrate(db);
  return {
    db,
    url,
    async dispose() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
