import { QueryTypes, Sequelize, type Transaction } from 'sequelize';
import type { Database, SqlExecutor, Tx } from '../database.js';

function executorFor(sequelize: Sequelize, transaction?: Transaction): SqlExecutor {
  return {
    dialect: 'mssql',
    all: <Row>(sql: string, params: readonly unknown[] = []) =>
      sequelize.query(sql, { replacements: [...params], type: QueryTypes.SELECT, transaction: transaction ?? null }) as Promise<Row[]>,
    async exec(batch: string) {
      await sequelize.query(batch, { transaction: transaction ?? null, raw: true });
    },
  };
}

/** SQL Server through tedious: transactions are Sequelize's own, since tedious manages them per connection. */
export async function openMssqlDatabase(url: string, poolMax: number): Promise<Database> {
  const sequelize = new Sequelize(url, { dialect: 'mssql', logging: false, pool: { max: poolMax, min: 0, idle: 10_000 } });
  await sequelize.authenticate();

  const transaction = async <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    const hooks: Array<() => void> = [];
    const result = await sequelize.transaction(async (sequelizeTransaction) => {
      sequelizeTransaction.afterCommit(() => hooks.forEach((hook) => hook()));
      return work({ sql: executorFor(sequelize, sequelizeTransaction), transaction: sequelizeTransaction, afterCommit: (hook) => hooks.push(hook) });
    });
    return result;
  };

  return {
    dialect: 'mssql',
    sequelize,
    read: executorFor(sequelize),
    transaction,
    within: (tx, work) => (tx ? work(tx) : transaction(work)),
    close: () => sequelize.close(),
  };
}
