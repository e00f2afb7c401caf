/**
 * The one test command (`npm test`): type-checks, lints, runs the Node tests on SQLite, runs the
 * database-backed tests again on a real PostgreSQL, builds the web app (production build, which also
 * type-checks its templates) and runs its unit tests (Vitest), then the browser end-to-end tests.
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

// The Debian packages the database and browser tests need; installed here when running as root.
const dependencies = spawnSync(path.join(root, 'scripts/install-test-dependencies.sh'), { stdio: 'inherit' });
if (dependencies.status !== 0) process.exit(1);

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
  step(name, process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-force-exit', '--test-reporter=spec', ...files], env);
}

const appFiles = (file: string) => file.startsWith('web/app/') || file.startsWith('web/e2e/');
const specs = findFiles(root, '.spec.ts').filter((file) => !appFiles(file));
const unit = selected(specs.filter((file) => !file.endsWith('.int.spec.ts')));
const integration = selected(specs.filter((file) => file.endsWith('.int.spec.ts')));
// Only the tests that open a test database run a second time on PostgreSQL.
const usesDatabase = (file: string) => fs.readFileSync(path.join(root, file), 'utf8').includes('createTestDatabase');
const e2e = fs.existsSync(path.join(root, 'web/e2e')) ? selected(findFiles(path.join(root, 'web/e2e'), '.e2e.spec.ts')) : [];
const webApp = path.join(root, 'web/app');
const appSpecs = fs.existsSync(webApp) ? selected(findFiles(webApp, '.spec.ts').filter((file) => !file.endsWith('.e2e.spec.ts'))) : [];

if (filters.length === 0) {
  step('type-check (server)', 'npx', ['tsc', '-p', 'tsconfig.json']);
  if (fs.existsSync(path.join(root, 'web/e2e/tsconfig.json'))) step('type-check (web e2e)', 'npx', ['tsc', '-p', 'web/e2e/tsconfig.json']);
  step('lint', 'npx', ['eslint', '.']);
}
nodeTests('unit tests', unit);
nodeTests('integration tests on SQLite', integration);
if (integration.some(usesDatabase)) {
  const given = process.env.TEST_POSTGRES_URL;
  const cluster = given ? undefined : await startPostgresCluster();
  try {
    nodeTests('integration tests on PostgreSQL', integration.filter(usesDatabase), { TEST_POSTGRES_URL: given ?? cluster!.url, TEST_DATABASE: 'postgres' });
  } finally {
    await cluster?.stop();
  }
}
if (appSpecs.length > 0) {
  // `ng test` takes paths relative to the app's folder; without filters it runs every app spec.
  const include = filters.length === 0 ? [] : appSpecs.flatMap((file) => ['--include', path.relative('web/app', file)]);
  step('web app unit tests (Vitest)', 'npx', ['ng', 'test', '--watch=false', '--progress=false', ...include], { NG_CLI_ANALYTICS: 'false' });
}
if (fs.existsSync(path.join(webApp, 'main.ts')) && (filters.length === 0 || e2e.length > 0)) {
  // The end-to-end tests need the production build; it also type-checks the app and its templates.
  step('web app production build', 'npx', ['ng', 'build', '--configuration', 'production', '--progress=false'], { NG_CLI_ANALYTICS: 'false' });
  if (failures.includes('web app production build')) {
    console.log('The end-to-end tests are skipped: they need the web app built.');
    e2e.length = 0;
  }
}
if (e2e.length > 0) nodeTests('end-to-end browser tests', e2e);

console.log(failures.length === 0 ? '\nAll test steps passed.' : `\nFailed steps: ${failures.join(', ')}`);
process.exit(failures.length === 0 ? 0 : 1);
