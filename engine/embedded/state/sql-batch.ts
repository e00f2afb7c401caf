import type { Dialect, SqlExecutor } from '../../../database/database.js';
import { sqlLiteral } from '../../../database/sql-literal.js';

const maxRowsPerInsert = 500;

/** One statement with `?` placeholders, run once for each set of parameters. */
interface Statement {
  readonly sql: string;
  readonly rows: ReadonlyArray<readonly unknown[]>;
}

/**
 * The statements one command writes, sent as cheaply as each database allows. On SQLite, which runs
 * in this process, each is a cached prepared statement run once per row: no SQL text to parse per
 * command, whatever the number of rows. Over the network (PostgreSQL, SQL Server) they go in one
 * round trip, with the values inlined as literals and rows gathered into multi-row statements.
 */
export class SqlBatch {
  private readonly statements: Statement[] = [];

  constructor(readonly dialect: Dialect) {}

  /** A statement with `?` placeholders for `params`; the text must contain no other `?`. */
  add(sql: string, params: readonly unknown[]): void {
    this.statements.push({ sql, rows: [params] });
  }

  insert(table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): void {
    if (rows.length === 0) return;
    this.statements.push({ sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, rows });
  }

  /** Deletes the rows whose `column` is one of `keys`. */
  deleteWhereIn(table: string, column: string, keys: Iterable<unknown>): void {
    this.deleteWhere(table, `${column} = ?`, keys);
  }

  /** `DELETE FROM table WHERE <condition>` for each key, `condition` holding one `?`. */
  deleteWhere(table: string, condition: string, keys: Iterable<unknown>): void {
    const rows = [...keys].map((key) => [key]);
    if (rows.length > 0) this.statements.push({ sql: `DELETE FROM ${table} WHERE ${condition}`, rows });
  }

  get isEmpty(): boolean {
    return this.statements.length === 0;
  }

  async run(sql: SqlExecutor): Promise<void> {
    if (this.isEmpty) return;
    if (sql.dialect === 'sqlite') {
      for (const statement of this.statements) for (const row of statement.rows) await sql.all(statement.sql, row);
      return;
    }
    await sql.exec(this.toSql());
  }

  /** The whole batch as one text with inlined values (multi-row where the statement allows it). */
  toSql(): string {
    const texts: string[] = [];
    for (const { sql, rows } of this.statements) {
      const multiRow = multiRowForm(sql);
      if (multiRow) {
        for (let start = 0; start < rows.length; start += maxRowsPerInsert) {
          const chunk = rows.slice(start, start + maxRowsPerInsert);
          texts.push(`${multiRow.head} ${multiRow.joiner(chunk.map((row) => multiRow.part(row.map((value) => sqlLiteral(this.dialect, value)))))}`);
        }
      } else {
        for (const row of rows) texts.push(this.inline(sql, row));
      }
    }
    return texts.join(';\n');
  }

  private inline(sql: string, params: readonly unknown[]): string {
    let index = 0;
    const text = sql.replace(/\?/g, () => sqlLiteral(this.dialect, params[index++]));
    if (index !== params.length) throw new Error(`${params.length} values for ${index} placeholders in: ${sql}`);
    return text;
  }
}

interface MultiRowForm {
  readonly head: string;
  part(values: readonly string[]): string;
  joiner(parts: readonly string[]): string;
}

/** INSERT … VALUES (?, …) becomes one INSERT of many rows, DELETE … WHERE c = ? one DELETE … WHERE c IN (…). */
function multiRowForm(sql: string): MultiRowForm | undefined {
  const insert = /^(INSERT INTO \S+ \([^)]*\) VALUES) \((?:\?, )*\?\)$/.exec(sql);
  if (insert) return { head: insert[1]!, part: (values) => `(${values.join(', ')})`, joiner: (parts) => parts.join(', ') };
  const deletion = /^(DELETE FROM \S+ WHERE \w+) = \?$/.exec(sql);
  if (deletion) return { head: deletion[1]!, part: ([value]) => value!, joiner: (parts) => `IN (${parts.join(', ')})` };
  return undefined;
}

/** Row limit clause for a query that already has an ORDER BY. */
export function limitClause(dialect: Dialect, limit: number): string {
  return dialect === 'mssql' ? ` OFFSET 0 ROWS FETCH NEXT ${limit} ROWS ONLY` : ` LIMIT ${limit}`;
}
