import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../database/test-support/test-database.js';
import { SqlBatch } from './sql-batch.js';

describe('the engine’s write batch', () => {
  let test: TestDatabase;
  before(async () => (test = await createTestDatabase()));
  after(() => test?.dispose());

  const variables = () => test.db.read.all<{ scope_key: number; name: string; value: string }>('SELECT scope_key, name, value FROM engine_variables WHERE instance_key = 7 ORDER BY scope_key, name');

  it('given inserts, updates and deletes of several rows, when run in a transaction, then the table holds exactly their outcome, quotes and question marks kept as written', async () => {
    await test.db.transaction(async (tx) => {
      const batch = new SqlBatch(tx.sql.dialect);
      batch.insert('engine_variables', ['scope_key', 'name', 'instance_key', 'value'], [
        [1, 'a', 7, '"it\'s"'],
        [2, 'b', 7, '"why?"'],
        [3, 'c', 7, 'null'],
        [4, 'd', 7, '4'],
      ]);
      await batch.run(tx.sql);
    });
    await test.db.transaction(async (tx) => {
      const batch = new SqlBatch(tx.sql.dialect);
      batch.add('UPDATE engine_variables SET value = ? WHERE scope_key = ? AND name = ?', ['"who? what?"', 2, 'b']);
      batch.deleteWhereIn('engine_variables', 'scope_key', [3, 4]);
      batch.add('DELETE FROM engine_variables WHERE scope_key = ? AND name = ?', [1, 'nothing']);
      await batch.run(tx.sql);
    });
    assert.deepEqual(
      (await variables()).map((row) => [Number(row.scope_key), row.name, row.value]),
      [
        [1, 'a', '"it\'s"'],
        [2, 'b', '"who? what?"'],
      ],
    );
  });

  it('given many rows of one statement, when written as text for a database across the network, then they travel as one multi-row statement', () => {
    const batch = new SqlBatch('postgres');
    batch.insert('t', ['x', 'y'], [
      [1, "o'k"],
      [2, null],
    ]);
    batch.deleteWhereIn('t', 'x', [3, 4]);
    batch.add('UPDATE t SET y = ? WHERE x = ?', ['?', 5]);
    assert.equal(batch.toSql(), "INSERT INTO t (x, y) VALUES (1, 'o''k'), (2, NULL);\nDELETE FROM t WHERE x IN (3, 4);\nUPDATE t SET y = '?' WHERE x = 5");
  });

  it('given a statement whose values do not match its placeholders, when written as text, then it is refused', () => {
    const batch = new SqlBatch('postgres');
    batch.add('UPDATE t SET y = ? WHERE x = ?', [1]);
    assert.throws(() => batch.toSql(), /1 values for 2 placeholders/);
  });
});
