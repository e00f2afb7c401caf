import fs from 'node:fs';
import path from 'node:path';

export interface ReadmeLogin {
  readonly username: string;
  readonly password: string;
  readonly roles: readonly string[];
}

/** The logins the README's "Demo logins" section lists: every table row `| username | password | roles | … |`. */
export function readmeDemoLogins(): ReadmeLogin[] {
  const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const start = readme.indexOf('\n## Demo logins\n');
  if (start === -1) throw new Error('README.md has no "Demo logins" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const logins: ReadmeLogin[] = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim().replaceAll('`', ''));
    if (cells.length < 3 || cells[0] === 'username' || /^-+$/.test(cells[0] ?? '')) continue;
    const [username = '', password = '', roles = ''] = cells;
    logins.push({ username, password, roles: roles.split(',').map((role) => role.trim()) });
  }
  return logins;
}
