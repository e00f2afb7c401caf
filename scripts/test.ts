/**
 * The one test command (`npm test`): type-checks, lints, runs the Node tests on SQLite, runs the
 * database-backed tests again on a real PostgreSQL, then the browser end-to-end tests.
 * `npm test -- engine/ core/` runs only the test files whose path contains one of the words.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startPostgresCluster } from './test-support/postgres-cluster.js';

const root = path.resolve(import.meta.dirname, '..');
const filters = process.argv.slice(2);
const skipped = new Set(['node_modules', 'dist', '.angular', 'data', 'tmp', '.git']);

function findFiles(dir: string, suffix: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findFiles(full, suffix));
    else if (entry.name.endsWith(suffix)) found.push(path.relative(root, full));
  }
  return found.sort();
}

function selected(files: string[]): string[] {
  return filters.length === 0 ? files : files.filter((file) => filters.some((filter) => file.includes(filter)));
}

const failures: string[] = [];
function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) failures.push(name);
  console.log(`=== ${name}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
}

function nodeTests(name: string, files: string[], env: NodeJS.ProcessEnv = {}): void {
  if (files.length === 0) return;
  step(name, process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], env);
}

const appFiles = (file: string) => file.startsWith('web/app/') || file.startsWith('web/e2e/');
const specs = findFiles(root, '.spec.ts').filter((file) => !appFiles(file));
const unit = selected(specs.filter((file) => !file.endsWith('.int.spec.ts')));
const integration = selected(specs.filter((file) => file.endsWith('.int.spec.ts')));
const e2e = selected(findFiles(path.join(root, 'web/e2e'), '.e2e.spec.ts').map((file) => file));

if (filters.length === 0) {
  step('type-check (server)', 'npx', ['tsc', '-p', 'tsconfig.json']);
  if (fs.existsSync(path.join(root, 'web/app/tsconfig.app.json'))) step('type-check (web app)', 'npx', ['tsc', '-p', 'web/app/tsconfig.app.json', '--noEmit']);
  step('lint', 'npx', ['eslint', '.']);
}
nodeTests('unit tests', unit);
nodeTests('integration tests on SQLite', integration);
if (integration.length > 0) {
  const given = process.env.TEST_POSTGRES_URL;
  const cluster = given ? undefined : await startPostgresCluster();
  try {
    nodeTests('integration tests on PostgreSQL', integration, { TEST_POSTGRES_URL: given ?? cluster!.url, TEST_DATABASE: 'postgres' });
  } finally {
    await cluster?.stop();
  }
}
if (e2e.length > 0) nodeTests('end-to-end browser tests', e2e);

console.log(failures.length === 0 ? '\nAll test steps passed.' : `\nFailed steps: ${failures.join(', ')}`);
process.exit(failures.length === 0 ? 0 : 1);
