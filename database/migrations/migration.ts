import type { QueryInterface } from 'sequelize';
import type { Database, Dialect } from '../database.js';

export interface MigrationContext {
  readonly queryInterface: QueryInterface;
  readonly dialect: Dialect;
  readonly db: Database;
}

export interface Migration {
  /** Sorted by name: `YYYYMMDD-NN-what`. Never rename or edit one that has been released. */
  readonly name: string;
  up(context: MigrationContext): Promise<void>;
}
