import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import type { Database, SqlExecutor } from '../database.js';
import { migrate } from '../migrate.js';
import { openDatabase } from '../open-database.js';
import { searchIndexFile } from './sqlite-search-index.js';

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
const matching = async (db: Database, phrase: string) =>
  (await db.read.all<{ id: number }>('SELECT rowid AS id FROM tickets_search WHERE tickets_search MATCH ? ORDER BY rowid', [`"${phrase}"`])).map((row) => Number(row.id));
const notes = async (db: Database) => (await db.read.all<{ id: number }>('SELECT ticket_id AS id FROM tickets_search_changes ORDER BY seq')).map((row) => Number(row.id));
/** FTS5 compares its index with the text it holds and throws when they differ. */
const assertIndexInStep = (db: Database) => db.read.all("INSERT INTO tickets_search (tickets_search, rank) VALUES ('integrity-check', 1)");
const waitFor = async (condition: () => Promise<boolean>, what: string) => {
  for (let attempt = 0; attempt < 400 && !(await condition()); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(await condition(), what);
};
const openAt = (file: string) => openDatabase({ url: `sqlite:${file}`, poolMax: 1 });
/** Edits the search file's bookkeeping directly, the database being closed. */
const editSearchFile = (file: string, edit: (search: BetterSqlite3.Database) => void) => {
  const search = new BetterSqlite3(searchIndexFile(file));
  try {
    edit(search);
  } finally {
    search.close();
  }
};
const searchMeta = (file: string) => {
  let meta = new Map<string, string>();
  editSearchFile(file, (search) => (meta = new Map(search.prepare<[], { key: string; value: string }>('SELECT key, value FROM search_meta').all().map((row) => [row.key, row.value]))));
  return meta;
};

describe('SQLite: ticket text indexed for search by a thread of its own, into a file of its own', () => {
  let dir: string;
  let file: string;
  let db: Database;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-search-'));
    file = path.join(dir, 'main.sqlite');
    db = await openAt(file);
    await migrate(db);
  });
  after(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('given tickets written, rewritten and deleted, in one transaction and across several, when the index catches up, then it holds exactly their current text', async () => {
    const [kept, rewritten, deleted] = await db.transaction(async ({ sql }) => [await insertTicket(sql, 'چاپگر طبقه دوم'), await insertTicket(sql, 'ایمیل قطع است'), await insertTicket(sql, 'مانیتور خاموش')]);
    await db.catchUpSearchIndex!();
    assert.deepEqual(await matching(db, 'ایمیل'), [rewritten]);
    const [fresh, gone] = await db.transaction(async ({ sql }) => {
      // Text the index holds is replaced twice and deleted; text it never held is replaced and deleted.
      await setText(sql, rewritten, 'سرور ایمیل کند است');
      await setText(sql, rewritten, 'سرور فایل کند است');
      await sql.all('DELETE FROM tickets WHERE id = ?', [deleted]);
      const added = [await insertTicket(sql, 'اسکنر وصل نمیشود'), await insertTicket(sql, 'اسکنر رنگی')];
      await setText(sql, added[0]!, 'اسکنر شبکه وصل نمیشود');
      await sql.all('DELETE FROM tickets WHERE id = ?', [added[1]]);
      return added;
    });
    await db.catchUpSearchIndex!();
    await assertIndexInStep(db);
    assert.deepEqual(await matching(db, 'ایمیل'), []);
    assert.deepEqual(await matching(db, 'سرور فایل'), [rewritten]);
    assert.deepEqual(await matching(db, 'مانیتور'), []);
    assert.deepEqual(await matching(db, 'اسکنر'), [fresh]);
    assert.deepEqual(await matching(db, 'چاپگر'), [kept]);
    assert.ok(gone! > fresh!);
    // What the search file holds is what a search reads, through the main database's reader.
    const text = (await db.read.all<{ text: string }>('SELECT search_text AS text FROM tickets_search WHERE rowid = ?', [fresh])).map((row) => row.text);
    assert.deepEqual(text, ['اسکنر شبکه وصل نمیشود']);
  });

  it('given a unit of work that fails, when it rolls back, then it leaves no note', async () => {
    await db.catchUpSearchIndex!();
    await waitFor(async () => (await notes(db)).length === 0, 'indexed notes are deleted');
    await assert.rejects(
      db.transaction(async ({ sql }) => {
        await insertTicket(sql, 'پروژکتور');
        throw new Error('refused');
      }),
      /refused/,
    );
    assert.deepEqual(await notes(db), []);
  });

  it('given a committed ticket and nobody searching, when a moment passes, then the thread has indexed it and the note is gone from the main database', async () => {
    const ticket = await db.transaction(({ sql }) => insertTicket(sql, 'تلفن همراه شارژ ندارد'));
    assert.deepEqual(await notes(db), [ticket], 'noted in the transaction that wrote it');
    await waitFor(async () => (await matching(db, 'شارژ')).length === 1, 'indexed without a search');
    assert.deepEqual(await matching(db, 'شارژ'), [ticket]);
    await waitFor(async () => (await notes(db)).length === 0, 'the note deleted once indexed');
    await assertIndexInStep(db);
  });

  it('given many tickets changed at once, when the index catches up, then it takes them in batches and misses none', async () => {
    const ids = await db.transaction(async ({ sql }) => {
      const written = [];
      for (let index = 0; index < 1_200; index += 1) written.push(await insertTicket(sql, `کیبورد شماره ${index}`));
      return written;
    });
    await db.catchUpSearchIndex!();
    assert.deepEqual(await matching(db, 'کیبورد'), ids);
    await assertIndexInStep(db);
  });

  it('given the search file, then FTS5 merges its segments a little at each write and a whole level at once only at fifty', async () => {
    // A whole level merged at once at FTS5's default sixteen held the writer for seconds at a
    // million tickets (migration 20261123-97); the settings live in the search file now.
    const settings = new Map((await db.read.all<{ k: string; v: number }>('SELECT k, v FROM tickets_search_config')).map((row) => [row.k, Number(row.v)]));
    assert.equal(settings.get('automerge'), 8);
    assert.equal(settings.get('crisismerge'), 50);
    assert.deepEqual(await db.read.all("SELECT name FROM main.sqlite_master WHERE name LIKE 'tickets_search%' AND type = 'table' ORDER BY name"), [
      { name: 'tickets_search_changes' },
      { name: 'tickets_search_source' },
    ]);
  });

  it('given the database closed and opened again, then the index goes on from its mark; without its file, or with a file of another database or of a later state, it is built again from the tickets', async () => {
    const before = await db.transaction(({ sql }) => insertTicket(sql, 'هارد دیسک صدا میدهد'));
    await db.catchUpSearchIndex!();
    const all = async () => (await db.read.all<{ n: number }>('SELECT COUNT(*) AS n FROM tickets_search'))[0]!.n;
    const ticketCount = async () => (await db.read.all<{ n: number }>('SELECT COUNT(*) AS n FROM tickets'))[0]!.n;

    await db.close();
    const mark = searchMeta(file).get('mark');
    assert.ok(Number(mark) > 0);
    db = await openAt(file);
    const after = await db.transaction(({ sql }) => insertTicket(sql, 'هارد اکسترنال شناخته نمیشود'));
    await db.catchUpSearchIndex!();
    assert.deepEqual(await matching(db, 'هارد'), [before, after]);
    assert.ok(Number(searchMeta(file).get('mark')) > Number(mark), 'went on from its mark');

    const cases: Array<[string, () => void]> = [
      ['no search file', () => ['', '-wal', '-shm'].forEach((suffix) => fs.rmSync(searchIndexFile(file) + suffix, { force: true }))],
      ['another database', () => editSearchFile(file, (search) => search.prepare("UPDATE search_meta SET value = 'another' WHERE key = 'source'").run())],
      ['a later state (the database restored from a backup)', () => editSearchFile(file, (search) => search.prepare("UPDATE search_meta SET value = '999999' WHERE key = 'mark'").run())],
    ];
    for (const [what, change] of cases) {
      await db.close();
      change();
      db = await openAt(file);
      await waitFor(async () => searchMeta(file).get('mark') !== undefined && (await all()) === (await ticketCount()), `built again (${what})`);
      assert.deepEqual(await matching(db, 'هارد'), [before, after], what);
      await assertIndexInStep(db);
    }
  });

  it('given a build from the tickets cut short, when the database opens again, then the build goes on where it stopped and the changes made meanwhile are indexed after it', async () => {
    await db.catchUpSearchIndex!();
    const [first, second] = (await db.read.all<{ id: number }>('SELECT id FROM tickets ORDER BY id')).map((row) => Number(row.id));
    await db.close();
    // As if the thread had stopped after building up to the first ticket: the notes since the
    // build began are all still to index.
    // What it built before the cut is marked, to tell a build that goes on from one that starts over.
    editSearchFile(file, (search) => {
      search.exec(`DELETE FROM tickets_search WHERE rowid >= ${first}; DELETE FROM search_meta WHERE key = 'mark'`);
      search.prepare('INSERT INTO tickets_search (rowid, search_text) VALUES (?, ?)').run(first, 'built before the cut');
      search.exec(`INSERT INTO search_meta (key, value) VALUES ('rebuild_mark', '0'), ('rebuild_after', '${first}')`);
    });
    db = await openAt(file);
    const changed = await db.transaction(async ({ sql }) => {
      await setText(sql, second!, 'موس بی‌سیم کار نمیکند');
      return insertTicket(sql, 'موس گیر میکند');
    });
    await waitFor(async () => searchMeta(file).get('mark') !== undefined, 'the build ends');
    await db.catchUpSearchIndex!();
    assert.deepEqual(await matching(db, 'موس'), [second, changed]);
    assert.deepEqual(await matching(db, 'built before the cut'), [first], 'not built again');
    assert.equal((await matching(db, 'هارد')).length, 2, 'the tickets after the cut built');
    await assertIndexInStep(db);
  });
});
