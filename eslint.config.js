// Lint rules, including the import boundaries of docs/ARCHITECTURE.md as errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const all = ['processes', 'core', 'engine', 'database', 'workers', 'telephony', 'web/api', 'web/contract', 'web/app', 'main', 'scripts', 'bench'];
const except = (...names) => all.filter((name) => !names.includes(name));

/** One zone per folder: what it must not import, following the boundary table. */
const boundaries = [
  { target: './processes', from: except('processes').map((f) => `./${f}`) },
  { target: './core', from: except('core').map((f) => `./${f}`) },
  { target: './database', from: except('database', 'core').map((f) => `./${f}`) },
  { target: './engine', from: except('engine', 'core', 'database', 'processes').map((f) => `./${f}`) },
  { target: './engine', from: './processes', except: ['./contract.ts'] },
  { target: './workers', from: except('workers', 'core', 'database', 'engine', 'processes').map((f) => `./${f}`) },
  { target: './workers', from: './processes', except: ['./contract.ts'] },
  { target: './workers', from: './engine', except: ['./job-worker.ts', './job-outcome.ts'] },
  { target: './telephony', from: except('telephony', 'core', 'database', 'engine', 'processes').map((f) => `./${f}`) },
  { target: './telephony', from: './processes', except: ['./contract.ts'] },
  { target: './web/api', from: except('web/api', 'core', 'database', 'engine', 'web/contract').map((f) => `./${f}`) },
  { target: './web/contract', from: except('web/contract').map((f) => `./${f}`) },
  { target: './web/app', from: except('web/app', 'web/contract').map((f) => `./${f}`) },
].map((zone) => ({ ...zone, message: 'This import crosses a boundary of ARCHITECTURE.md.' }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.angular/', 'data/', 'tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Server code imports `./x.js` for `./x.ts` (NodeNext) and the web app imports without extensions
    // (bundler resolution); without a resolver that knows both, import-x cannot resolve the imports
    // and the boundary rule above would let everything through.
    files: ['**/*.ts'],
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.node'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
