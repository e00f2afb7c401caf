import { Sequelize, Transaction } from 'sequelize';
import type pg from 'pg';
import type { Database, SqlExecutor, Tx } from '../database.js';
import { rollbackQuietly, runAfterCommitHooks } from './transaction-end.js';

/** Rewrites `?` placeholders as `$1, $2, …`; our raw statements never hold a literal `?`. */
function numberedPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

function executorOn(client: pg.ClientBase): SqlExecutor {
  return {
    dialect: 'postgres',
    async all<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(numberedPlaceholders(sql), params as unknown[]);
      return result.rows as Row[];
    },
    async exec(batch: string) {
      await client.query(batch);
    },
  };
}

export async function openPostgresDatabase(url: string, poolMax: number): Promise<Database> {
  const sequelize = new Sequelize(url, { dialect: 'postgres', logging: false, pool: { max: poolMax, min: 0, idle: 10_000 } });
  await sequelize.authenticate();
  const manager = sequelize.connectionManager;

  async function withClient<T>(work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    const client = (await manager.getConnection({ type: 'write' })) as unknown as pg.ClientBase;
    try {
      return await work(client);
    } finally {
      manager.releaseConnection(client as never);
    }
  }

  const read: SqlExecutor = {
    dialect: 'postgres',
    all: (sql, params) => withClient((client) => executorOn(client).all(sql, params)),
    exec: (batch) => withClient((client) => executorOn(client).exec(batch)),
  };

  const transaction = <T>(work: (tx: Tx) => Promise<T>): Promise<T> =>
    withClient(async (client) => {
      const sql = executorOn(client);
      const hooks: Array<() => void> = [];
      const sequelizeTransaction = new Transaction(sequelize, {});
      (sequelizeTransaction as unknown as { connection: unknown }).connection = client;
      await sql.exec('BEGIN');
      let result: T;
      try {
        result = await work({ sql, transaction: sequelizeTransaction, afterCommit: (hook) => hooks.push(hook) });
        await sql.exec('COMMIT');
      } catch (error) {
        await rollbackQuietly(sql);
        throw error;
      }
      runAfterCommitHooks(sequelizeTransaction, hooks);
      return result;
    });

  return {
    dialect: 'postgres',
    sequelize,
    read,
    transaction,
    within: (tx, work) => (tx ? work(tx) : transaction(work)),
    close: () => sequelize.close(),
  };
}
