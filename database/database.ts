import type { Sequelize, Transaction } from 'sequelize';

export type Dialect = 'sqlite' | 'postgres' | 'mssql';

/** Raw SQL access with the least overhead each driver allows; `?` marks a parameter. */
export interface SqlExecutor {
  readonly dialect: Dialect;
  /** Runs one statement and returns its rows. */
  all<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs several statements separated by `;` in one round trip; values must be inlined with `sqlLiteral`. */
  exec(batch: string): Promise<void>;
}

/** One database transaction: raw SQL for the hot paths and a Sequelize transaction for model code. */
export interface Tx {
  readonly sql: SqlExecutor;
  /** Pass as `{ transaction }` to Sequelize model calls so they join this transaction. */
  readonly transaction: Transaction;
  /** Runs after a successful commit (for example to wake a job dispatcher); never inside the transaction. */
  afterCommit(hook: () => void): void;
}

export interface Database {
  readonly dialect: Dialect;
  readonly sequelize: Sequelize;
  /** Reads outside any transaction (they see committed data only). */
  readonly read: SqlExecutor;
  /**
   * Runs `work` in one transaction, committed when it resolves and rolled back when it throws.
   * Inside `work`, pass the given `tx` along; never open a second transaction.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** The transaction if one is given, otherwise a new one around `work`. */
  within<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Where the ticket search index is brought up to date after commit (SQLite: in batches), resolves
   * once it holds every ticket text committed before the call. Elsewhere the index is written with
   * the text and this is absent.
   */
  catchUpSearchIndex?(): Promise<void>;
  close(): Promise<void>;
}
