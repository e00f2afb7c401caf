import type { Transaction } from 'sequelize';
import type { SqlExecutor } from '../database.js';

/** Rolls back after a failed unit of work; the work's own error is what the caller must see, so a failing rollback is not reported over it. */
export async function rollbackQuietly(sql: SqlExecutor): Promise<void> {
  try {
    await sql.exec('ROLLBACK');
  } catch {
    // The connection is already out of the transaction (for example the server aborted it).
  }
}

/** Runs our hooks and those that model code registered on the Sequelize transaction. */
export function runAfterCommitHooks(transaction: Transaction, hooks: ReadonlyArray<() => void>): void {
  const sequelizeHooks = (transaction as unknown as { _afterCommitHooks: Array<(t: Transaction) => void> })._afterCommitHooks;
  for (const hook of sequelizeHooks) hook(transaction);
  for (const hook of hooks) hook();
}
