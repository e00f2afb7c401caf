import { Sequelize, Transaction } from 'sequelize';
import type { Database, SqlExecutor, Tx } from '../database.js';
import { betterSqlite3Dialect, bindable, SqliteConnection } from './better-sqlite3-shim.js';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpointer.js';
import { prepareSearchIndexFile, searchIndexFile, startSearchIndexer } from './sqlite-search-index.js';
import { runAfterCommitHooks } from './transaction-end.js';

const BUSY_TIMEOUT_MS = 5_000;
/** Units of work that share one physical transaction at most (group commit). */
const MAX_GROUP = 128;
/**
 * The WAL size, in pages, at which the writer checkpoints itself (SQLite's default is 1 000): a
 * backstop, in case the checkpoint thread stops holding the writer to start the WAL again (at
 * 4 000 pages). Such a checkpoint stops the thread that serves the API for its syncs, some 20 to
 * 200 ms.
 */
const WAL_PAGES = 64_000;

function executorOn(connection: SqliteConnection): SqlExecutor {
  return {
    dialect: 'sqlite',
    all: <Row>(sql: string, params: readonly unknown[] = []) => {
      try {
        const statement = connection.prepare(sql);
        const values = params.map(bindable);
        return Promise.resolve((statement.reader ? statement.all(values) : (statement.run(values), [])) as Row[]);
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
    exec: (batch: string) => {
      try {
        connection.handle.exec(batch);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
  };
}

/** The checkpoint thread holding the writer (sqlite-checkpointer.ts). */
interface Hold {
  /** Resolves when the thread lets the writer go on. */
  readonly over: Promise<void>;
  /** Set when the hold came while a group ran: called once it has ended. */
  idle?: () => void;
}

interface Pending {
  readonly work: (tx: Tx) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * SQLite through better-sqlite3. SQLite allows one writer at a time, so every transaction of this
 * process runs on one dedicated writer connection, one after the other, while reads outside
 * transactions use a second connection (WAL lets them see the last committed state during a write).
 * Writes belong in transactions.
 *
 * Units of work that queue up while one runs are committed together (group commit): each runs
 * inside its own savepoint, so each is still all-or-nothing, and none is acknowledged before the
 * shared COMMIT. This multiplies write throughput, because a commit's cost is mostly the pages it
 * writes, and neighbouring units of work touch the same pages. The WAL is checkpointed by another
 * thread (sqlite-checkpointer.ts); ticket text is indexed for search after commit by another, into
 * a file of its own (sqlite-search-index.ts).
 */
export async function openSqliteDatabase(file: string): Promise<Database> {
  const sequelize = new Sequelize({ dialect: 'sqlite', storage: file, logging: false, dialectModule: betterSqlite3Dialect });
  const reader = (await sequelize.connectionManager.getConnection({ type: 'read' })) as unknown as SqliteConnection;
  const [journal] = reader.handle.pragma('journal_mode = WAL') as Array<{ journal_mode: string }>;
  reader.handle.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  reader.handle.pragma('synchronous = NORMAL');
  // Ticket text is indexed for search in a file of its own, by a thread of its own
  // (sqlite-search-index.ts); reads see it as `tickets_search`.
  const searchFile = searchIndexFile(file);
  prepareSearchIndexFile(searchFile);
  reader.handle.prepare('ATTACH DATABASE ? AS search').run(searchFile);
  const read = executorOn(reader);

  const writer = new SqliteConnection(file);
  writer.handle.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  writer.handle.pragma('synchronous = NORMAL');
  writer.handle.pragma('foreign_keys = ON');
  writer.handle.pragma('cache_size = -32000');
  const queue: Pending[] = [];
  let running: Promise<void> | undefined;
  /** A group of units of work is between its BEGIN and its COMMIT or ROLLBACK. */
  let inGroup = false;
  /** While the checkpoint thread holds the writer: groups wait for it. */
  let held: Hold | undefined;
  let closed = false;

  // The WAL is copied into the database file by a thread of its own, which also holds the writer
  // for a moment now and then to start the WAL again (sqlite-checkpointer.ts).
  let checkpointer: Checkpointer | undefined;
  if (journal?.journal_mode === 'wal') {
    writer.handle.pragma(`wal_autocheckpoint = ${WAL_PAGES}`);
    checkpointer = startCheckpointer(file, {
      onFailure(error) {
        writer.handle.pragma('wal_autocheckpoint = 1000');
        process.emitWarning(`${error.message}; the writer checkpoints the WAL itself again`);
      },
      holdWrites() {
        let go!: () => void;
        const hold: Hold = {
          over: new Promise<void>((resolve) => {
            go = () => {
              if (held === hold) held = undefined;
              resolve();
            };
          }),
        };
        held = hold;
        if (!inGroup) return Promise.resolve(go);
        return new Promise<() => void>((resolve) => (hold.idle = () => resolve(go)));
      },
    });
  }
  const writerSql = executorOn(writer);

  function txFor(hooks: Array<() => void>): Tx & { readonly sequelizeTransaction: () => Transaction | undefined } {
    let sequelizeTransaction: Transaction | undefined;
    return {
      sql: writerSql,
      // Created only when model code asks for it: a Sequelize Transaction costs a random id.
      get transaction() {
        if (!sequelizeTransaction) {
          sequelizeTransaction = new Transaction(sequelize, {});
          (sequelizeTransaction as unknown as { connection: unknown }).connection = writer;
        }
        return sequelizeTransaction;
      },
      afterCommit: (hook) => hooks.push(hook),
      sequelizeTransaction: () => sequelizeTransaction,
    };
  }

  // Prepared once, not parsed again for every unit of work.
  const prepared = (sql: string) => {
    const statement = writer.handle.prepare(sql);
    return () => void statement.run();
  };
  const control = {
    begin: prepared('BEGIN IMMEDIATE'),
    savepoint: prepared('SAVEPOINT unit_of_work'),
    release: prepared('RELEASE unit_of_work'),
    rollbackTo: prepared('ROLLBACK TO unit_of_work'),
    commit: prepared('COMMIT'),
    rollback: prepared('ROLLBACK'),
  };

  async function runGroup(group: Pending[]): Promise<void> {
    const outcomes: Array<{ ok: boolean; value: unknown; hooks: Array<() => void>; tx: ReturnType<typeof txFor> }> = [];
    control.begin();
    try {
      for (const pending of group) {
        const hooks: Array<() => void> = [];
        const tx = txFor(hooks);
        control.savepoint();
        try {
          const value = await pending.work(tx);
          control.release();
          outcomes.push({ ok: true, value, hooks, tx });
        } catch (error) {
          if (writer.handle.inTransaction) {
            control.rollbackTo();
            control.release();
          }
          outcomes.push({ ok: false, value: error, hooks, tx });
        }
      }
      control.commit();
    } catch (error) {
      if (writer.handle.inTransaction) control.rollback();
      for (const pending of group) pending.reject(error);
      return;
    }
    group.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (!outcome.ok) {
        pending.reject(outcome.value);
        return;
      }
      const sequelizeTransaction = outcome.tx.sequelizeTransaction();
      if (sequelizeTransaction) runAfterCommitHooks(sequelizeTransaction, outcome.hooks);
      else for (const hook of outcome.hooks) hook();
      pending.resolve(outcome.value);
    });
  }

  /** A group ended: a hold that waited for it has the writer now. */
  const writesStopped = () => held?.idle?.();

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      if (held) {
        await held.over;
        continue;
      }
      inGroup = true;
      try {
        await runGroup(queue.splice(0, MAX_GROUP));
      } finally {
        inGroup = false;
        writesStopped();
      }
    }
    running = undefined;
  }

  const transaction = <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('the database is closed'));
    const result = new Promise<T>((resolve, reject) => queue.push({ work, resolve: resolve as (value: unknown) => void, reject }));
    // Start on the next tick, so that units of work submitted together share a commit.
    running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(drain);
    return result;
  };

  const searchIndexer = startSearchIndexer(file, read, transaction, { onError: (error) => process.emitWarning(error.message) });

  return {
    dialect: 'sqlite',
    sequelize,
    read,
    transaction,
    within: (tx, work) => (tx ? work(tx) : transaction(work)),
    catchUpSearchIndex: () => searchIndexer.catchUp(),
    async close() {
      await searchIndexer.stop();
      closed = true;
      while (running) await running;
      // The thread's connection closes last, and with it the thread's own handle on the file: closing
      // a handle on a file drops every POSIX lock this process holds on it, the other connections'
      // included.
      writer.close();
      await sequelize.close();
      await checkpointer?.stop();
    },
  };
}
