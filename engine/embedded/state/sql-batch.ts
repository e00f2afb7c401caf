import type { Dialect } from '../../../database/database.js';
import { sqlLiteral } from '../../../database/sql-literal.js';

const maxRowsPerInsert = 500;

/** Collects statements with inlined values, to be sent in one round trip. */
export class SqlBatch {
  private readonly statements: string[] = [];

  constructor(readonly dialect: Dialect) {}

  value(value: unknown): string {
    return sqlLiteral(this.dialect, value);
  }

  list(values: Iterable<unknown>): string {
    return [...values].map((value) => this.value(value)).join(', ');
  }

  add(statement: string): void {
    this.statements.push(statement);
  }

  insert(table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): void {
    for (let start = 0; start < rows.length; start += maxRowsPerInsert) {
      const values = rows.slice(start, start + maxRowsPerInsert).map((row) => `(${this.list(row)})`);
      this.statements.push(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`);
    }
  }

  deleteWhereIn(table: string, column: string, keys: Iterable<number>, extra = ''): void {
    const list = [...keys];
    for (let start = 0; start < list.length; start += maxRowsPerInsert) {
      this.statements.push(`DELETE FROM ${table} WHERE ${column} IN (${this.list(list.slice(start, start + maxRowsPerInsert))})${extra}`);
    }
  }

  get isEmpty(): boolean {
    return this.statements.length === 0;
  }

  toSql(): string {
    return this.statements.join(';\n');
  }
}

/** Row limit clause for a query that already has an ORDER BY. */
export function limitClause(dialect: Dialect, limit: number): string {
  return dialect === 'mssql' ? ` OFFSET 0 ROWS FETCH NEXT ${limit} ROWS ONLY` : ` LIMIT ${limit}`;
}
