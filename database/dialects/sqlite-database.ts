import sqlite3 from 'sqlite3';
import { Sequelize, Transaction } from 'sequelize';
import { AsyncMutex } from '../async-mutex.js';
import type { Database, SqlExecutor, Tx } from '../database.js';
import { rollbackQuietly, runAfterCommitHooks } from './transaction-end.js';

const BUSY_TIMEOUT_MS = 10_000;

function openConnection(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const connection: sqlite3.Database = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(connection)));
  });
}

function executorOn(connection: sqlite3.Database): SqlExecutor {
  return {
    dialect: 'sqlite',
    all: <Row>(sql: string, params: readonly unknown[] = []) =>
      new Promise<Row[]>((resolve, reject) =>
        connection.all(sql, params as unknown[], (error: Error | null, rows: Row[]) => (error ? reject(error) : resolve(rows))),
      ),
    exec: (batch: string) =>
      new Promise<void>((resolve, reject) => connection.exec(batch, (error: Error | null) => (error ? reject(error) : resolve()))),
  };
}

/**
 * SQLite allows one writer at a time, so every transaction of this process runs on one dedicated
 * writer connection, one after the other, while reads use a second connection (WAL mode lets them
 * proceed during a write). Model code joins a transaction through a Sequelize `Transaction` bound
 * to the writer connection.
 */
export async function openSqliteDatabase(file: string): Promise<Database> {
  const sequelize = new Sequelize({ dialect: 'sqlite', storage: file, logging: false });
  const readerConnection = (await sequelize.connectionManager.getConnection({ type: 'read' })) as unknown as sqlite3.Database;
  readerConnection.configure('busyTimeout', BUSY_TIMEOUT_MS);
  const read = executorOn(readerConnection);
  await read.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;');

  const writer = await openConnection(file);
  writer.configure('busyTimeout', BUSY_TIMEOUT_MS);
  const writerSql = executorOn(writer);
  await writerSql.exec('PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32000;');
  const mutex = new AsyncMutex();

  const transaction = <T>(work: (tx: Tx) => Promise<T>): Promise<T> =>
    mutex.run(async () => {
      const hooks: Array<() => void> = [];
      const sequelizeTransaction = new Transaction(sequelize, {});
      (sequelizeTransaction as unknown as { connection: unknown }).connection = writer;
      const tx: Tx = { sql: writerSql, transaction: sequelizeTransaction, afterCommit: (hook) => hooks.push(hook) };
      await writerSql.exec('BEGIN IMMEDIATE');
      let result: T;
      try {
        result = await work(tx);
        await writerSql.exec('COMMIT');
      } catch (error) {
        await rollbackQuietly(writerSql);
        throw error;
      }
      runAfterCommitHooks(sequelizeTransaction, hooks);
      return result;
    });

  return {
    dialect: 'sqlite',
    sequelize,
    read,
    transaction,
    within: (tx, work) => (tx ? work(tx) : transaction(work)),
    async close() {
      await mutex.run(async () => {
        await new Promise<void>((resolve, reject) => writer.close((error) => (error ? reject(error) : resolve())));
        await sequelize.close();
      });
    },
  };
}
