import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../database.js';
import { createSqliteTestDatabase, type TestDatabase } from '../test-support/test-database.js';

describe('SQLite: units of work committed together', () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await createSqliteTestDatabase();
    db = database.db;
    await db.transaction(({ sql }) => sql.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)'));
  });
  after(() => database.dispose());

  const bodies = async () => (await db.read.all<{ body: string }>('SELECT body FROM notes ORDER BY id')).map((row) => row.body);

  it('given units of work submitted at once, one of which fails halfway, when they commit, then each is all-or-nothing and only the committed ones run their after-commit hooks', async () => {
    const hooks: string[] = [];
    const unit = (name: string, fail: boolean) =>
      db.transaction(async ({ sql, afterCommit }) => {
        await sql.all('INSERT INTO notes (body) VALUES (?)', [`${name}-1`]);
        afterCommit(() => hooks.push(name));
        if (fail) throw new Error(`${name} refused`);
        await sql.all('INSERT INTO notes (body) VALUES (?)', [`${name}-2`]);
        return name;
      });
    const outcomes = await Promise.allSettled([unit('a', false), unit('b', true), unit('c', false)]);
    assert.deepEqual(
      outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message)),
      ['a', 'b refused', 'c'],
    );
    assert.deepEqual(await bodies(), ['a-1', 'a-2', 'c-1', 'c-2']);
    assert.deepEqual(hooks, ['a', 'c']);
  });

  it('given a unit of work whose statement fails, when the next one runs, then it starts from a clean transaction', async () => {
    await assert.rejects(db.transaction(({ sql }) => sql.all('INSERT INTO notes (id, body) VALUES (1, ?)', ['taken'])), /UNIQUE/);
    assert.equal(await db.transaction(({ sql }) => sql.all('INSERT INTO notes (body) VALUES (?)', ['after']).then(() => 'ok')), 'ok');
    assert.deepEqual((await bodies()).at(-1), 'after');
  });
});
