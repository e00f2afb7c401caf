const NAMES: Readonly<Record<string, string>> = { sqlite: 'SQLite', postgres: 'PostgreSQL', mssql: 'SQL Server' };

/** The product name of a Sequelize dialect, as people know it. */
export function databaseName(dialect: string): string {
  return NAMES[dialect] ?? dialect;
}
