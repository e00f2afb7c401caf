import path from 'node:path';
import type { Database } from './database.js';
import { openSqliteDatabase } from './dialects/sqlite-database.js';
import { openPostgresDatabase } from './dialects/postgres-database.js';
import { openMssqlDatabase } from './dialects/mssql-database.js';

export interface DatabaseOptions {
  /** `sqlite:<file>`, `postgres://…` or `mssql://…` */
  readonly url: string;
  /** Connections per process for client-server databases. */
  readonly poolMax: number;
}

/** Opens the database the URL names; the URL has already been validated by the configuration. */
export function openDatabase(options: DatabaseOptions): Promise<Database> {
  const { url } = options;
  if (url.startsWith('sqlite:')) return openSqliteDatabase(path.resolve(url.slice('sqlite:'.length)));
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return openPostgresDatabase(url, options.poolMax);
  if (url.startsWith('mssql://')) return openMssqlDatabase(url, options.poolMax);
  throw new Error(`unsupported database URL scheme in ${url.split(':')[0]}:`);
}
