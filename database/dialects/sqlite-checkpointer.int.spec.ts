import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openSqliteDatabase } from './sqlite-database.js';
import { startCheckpointer } from './sqlite-checkpointer.js';

describe('SQLite: the WAL checkpointed by its own thread', () => {
  let dir = '';
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-checkpoint-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const body = 'پ'.repeat(2_000);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
  /** A connection that writes as the database layer's writer does, with SQLite's own checkpoints off. */
  const writerOn = (file: string) => {
    const writer = new BetterSqlite3(file);
    writer.pragma('journal_mode = WAL');
    writer.pragma('synchronous = NORMAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    return writer;
  };

  it('given a writer that never checkpoints, when 12 MB are committed in many transactions, then the thread copies them into the database file', async () => {
    const file = path.join(dir, 'copied.sqlite');
    const writer = writerOn(file);
    /** Checkpoints that copied pages (the WAL starts again from its beginning between some of them). */
    let copied = 0;
    const checkpointer = startCheckpointer(file, { onCheckpoint: (_log, checkpointed) => void (checkpointed > 0 && (copied += 1)), onFailure: (error) => assert.fail(error) }, { intervalMs: 50 });
    const insert = writer.prepare('INSERT INTO blobs (body) VALUES (?)');
    for (let round = 0; round < 30; round += 1) {
      writer.transaction(() => {
        for (let row = 0; row < 100; row += 1) insert.run(body);
      })();
      await pause();
    }
    for (let wait = 0; wait < 100 && fs.statSync(file).size < 10 * 1024 * 1024; wait += 1) await pause();
    const size = fs.statSync(file).size;
    writer.close();
    await checkpointer.stop();
    assert.ok(copied > 0, 'the thread reported copying pages');
    assert.ok(size > 10 * 1024 * 1024, `the database file holds ${(size / 1024 / 1024).toFixed(1)} MB`);
  });

  /** Runs `commit` a millisecond apart for `ms`, returning how many times: a steady stream of transactions with no time for the thread to catch up. */
  const steadily = async (ms: number, commit: () => Promise<void> | void) => {
    let transactions = 0;
    for (const until = performance.now() + ms; performance.now() < until; transactions += 1) {
      await commit();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return transactions;
  };

  it('given a writer that commits steadily, when the WAL passes restartFrames, then the thread holds the writer, copies the rest, and the WAL starts again from its beginning', async () => {
    const file = path.join(dir, 'steady.sqlite');
    const writer = writerOn(file);
    const insert = writer.prepare('INSERT INTO blobs (body) VALUES (?)');
    let holds = 0;
    let held: Promise<void> | undefined;
    let ready!: () => void;
    const started = new Promise<void>((resolve) => (ready = resolve));
    const checkpointer = startCheckpointer(
      file,
      {
        onFailure: (error) => assert.fail(error),
        onCheckpoint: () => ready(),
        holdWrites() {
          holds += 1;
          let go!: () => void;
          held = new Promise<void>((resolve) => (go = resolve));
          return Promise.resolve(() => {
            held = undefined;
            go();
          });
        },
      },
      { intervalMs: 20, restartFrames: 500 },
    );
    await started;
    // Without the holds this WAL grows to some 45 MB: a checkpoint never ends between two commits.
    const transactions = await steadily(1_500, async () => {
      if (held) await held;
      writer.transaction(() => {
        for (let row = 0; row < 5; row += 1) insert.run(body);
      })();
    });
    const wal = fs.statSync(`${file}-wal`).size;
    const { n } = writer.prepare('SELECT COUNT(*) AS n FROM blobs').get() as { n: number };
    writer.close();
    await checkpointer.stop();
    assert.ok(holds >= 3, `the thread held the writer ${holds} times`);
    assert.ok(wal < 12 * 1024 * 1024, `the WAL reached ${(wal / 1024 / 1024).toFixed(1)} MB for ${((transactions * 5 * body.length * 2) / 1024 / 1024).toFixed(0)} MB written`);
    assert.equal(n, transactions * 5, 'every committed row is there');
  });

  it('given transactions committed steadily through the database layer, when they commit, then the WAL stays bounded and every row is in the database file after closing', async () => {
    const file = path.join(dir, 'busy.sqlite');
    const db = await openSqliteDatabase(file);
    await db.transaction((tx) => tx.sql.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, body TEXT NOT NULL)'));
    // Some 90 MB, in transactions of 40 KB.
    const transactions = await steadily(2_500, () =>
      db.transaction(async (tx) => {
        for (let row = 0; row < 10; row += 1) await tx.sql.all('INSERT INTO blobs (body) VALUES (?)', [body]);
      }),
    );
    const wal = fs.statSync(`${file}-wal`).size;
    await db.close();
    assert.ok(wal < 32 * 1024 * 1024, `the WAL reached ${(wal / 1024 / 1024).toFixed(1)} MB for ${((transactions * 10 * body.length * 2) / 1024 / 1024).toFixed(0)} MB written`);
    const reopened = new BetterSqlite3(file, { readonly: true });
    assert.deepEqual(reopened.prepare('SELECT COUNT(*) AS n FROM blobs').get(), { n: transactions * 10 });
    reopened.close();
  });

  it('given a database the thread cannot open, when it starts, then the failure is reported so that the writer checkpoints itself again', async () => {
    const failure = await new Promise<Error>((resolve) => {
      const checkpointer = startCheckpointer(path.join(dir, 'missing', 'nowhere.sqlite'), { onFailure: (error) => (resolve(error), void checkpointer.stop()) }, { intervalMs: 10 });
    });
    assert.match(failure.message, /unable to open|directory does not exist|exited/i);
  });
});
