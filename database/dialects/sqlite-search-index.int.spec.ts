import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database, SqlExecutor } from '../database.js';
import { createSqliteTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { indexNotedTickets } from './sqlite-search-index.js';

describe('SQLite: ticket text indexed for search in batches after commit', () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await createSqliteTestDatabase();
    db = database.db;
  });
  after(() => database.dispose());

  let code = 1000;
  const insertTicket = async (sql: SqlExecutor, text: string): Promise<number> => {
    const at = '2026-01-03 06:30:00.000 +00:00';
    const [row] = await sql.all<{ id: number }>(
      "INSERT INTO tickets (tracking_code, channel, request_type, priority_code, subject, description, search_text, status, registered_at, updated_at) VALUES (?, 'phone', 'incident', 'normal', ?, ?, ?, 'registered', ?, ?) RETURNING id",
      [String((code += 1)), text, text, text, at, at],
    );
    return Number(row!.id);
  };
  const setText = (sql: SqlExecutor, id: number, text: string) => sql.all('UPDATE tickets SET search_text = ? WHERE id = ?', [text, id]);
  const matching = async (phrase: string) => (await db.read.all<{ id: number }>('SELECT rowid AS id FROM tickets_search WHERE tickets_search MATCH ? ORDER BY rowid', [`"${phrase}"`])).map((row) => Number(row.id));
  const noted = async () => (await db.read.all<{ id: number }>('SELECT ticket_id AS id FROM tickets_search_pending ORDER BY ticket_id')).map((row) => Number(row.id));
  /** FTS5 compares its index with the tickets' text and throws when they differ. */
  const assertIndexInStep = () => db.read.all("INSERT INTO tickets_search (tickets_search, rank) VALUES ('integrity-check', 1)");
  const waitFor = async (condition: () => Promise<boolean>) => {
    for (let attempt = 0; attempt < 200 && !(await condition()); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(await condition(), 'in time');
  };

  it('given tickets written, rewritten and deleted, before and within a batch, when it runs, then the index holds exactly their current text', async () => {
    const [kept, rewritten, deleted] = await db.transaction(async ({ sql }) => [await insertTicket(sql, 'چاپگر طبقه دوم'), await insertTicket(sql, 'ایمیل قطع است'), await insertTicket(sql, 'مانیتور خاموش')]);
    await db.catchUpSearchIndex!();
    assert.deepEqual(await matching('ایمیل'), [rewritten]);
    const [fresh, gone] = await db.transaction(async ({ sql }) => {
      // Text the index holds is replaced twice and deleted; text it never held is replaced and deleted.
      await setText(sql, rewritten, 'سرور ایمیل کند است');
      await setText(sql, rewritten, 'سرور فایل کند است');
      await sql.all('DELETE FROM tickets WHERE id = ?', [deleted]);
      const added = [await insertTicket(sql, 'اسکنر وصل نمیشود'), await insertTicket(sql, 'اسکنر رنگی')];
      await setText(sql, added[0]!, 'اسکنر شبکه وصل نمیشود');
      await sql.all('DELETE FROM tickets WHERE id = ?', [added[1]]);
      assert.equal(await indexNotedTickets(sql), 4, 'one note per ticket, whatever happened to it');
      return added;
    });
    assert.deepEqual(await noted(), []);
    await assertIndexInStep();
    assert.deepEqual(await matching('ایمیل'), []);
    assert.deepEqual(await matching('سرور فایل'), [rewritten]);
    assert.deepEqual(await matching('مانیتور'), []);
    assert.deepEqual(await matching('اسکنر'), [fresh]);
    assert.deepEqual(await matching('چاپگر'), [kept]);
    assert.ok(gone! > fresh!);
  });

  it('given a batch limit, when more tickets are noted, then the oldest are indexed first and the rest stay noted', async () => {
    const ids = await db.transaction(async ({ sql }) => {
      const written = [];
      for (let index = 0; index < 5; index += 1) written.push(await insertTicket(sql, `کیبورد شماره ${index}`));
      assert.equal(await indexNotedTickets(sql, 3), 3);
      return written;
    });
    assert.deepEqual(await noted(), ids.slice(3));
    assert.deepEqual(await matching('کیبورد'), ids.slice(0, 3));
  });

  it('given a unit of work that fails, when it rolls back, then it leaves no note', async () => {
    await db.catchUpSearchIndex!();
    await assert.rejects(
      db.transaction(async ({ sql }) => {
        await insertTicket(sql, 'پروژکتور');
        throw new Error('refused');
      }),
      /refused/,
    );
    assert.deepEqual(await noted(), []);
  });

  it('given a committed ticket, when a search catches the index up, then its text is found at once; left alone, the database indexes it within moments', async () => {
    const first = await db.transaction(({ sql }) => insertTicket(sql, 'تلفن داخلی بوق ندارد'));
    await db.catchUpSearchIndex!();
    assert.deepEqual(await matching('بوق ندارد'), [first]);
    const second = await db.transaction(({ sql }) => insertTicket(sql, 'تلفن همراه شارژ ندارد'));
    await waitFor(async () => (await noted()).length === 0);
    assert.deepEqual(await matching('شارژ'), [second]);
    await assertIndexInStep();
  });

  it('given many small batches, when they are indexed, then FTS5 merges its segments a little at each write and a whole level at once only at fifty, and the index stays in step', async () => {
    // A whole level merged at once at FTS5's default sixteen held the writer for seconds at a
    // million tickets (migration 20261123-97).
    const settings = new Map((await db.read.all<{ k: string; v: number }>('SELECT k, v FROM tickets_search_config')).map((row) => [row.k, Number(row.v)]));
    assert.equal(settings.get('automerge'), 8);
    assert.equal(settings.get('crisismerge'), 50);
    const ids: number[] = [];
    for (let batch = 0; batch < 40; batch += 1) {
      ids.push(await db.transaction(async ({ sql }) => {
        const id = await insertTicket(sql, `کارت شبکه شماره ${batch}`);
        assert.equal(await indexNotedTickets(sql), 1);
        return id;
      }));
    }
    await assertIndexInStep();
    assert.deepEqual(await matching('کارت شبکه'), ids);
  });
});
