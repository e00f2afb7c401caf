import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    const config = loadConfig({});
    assert.equal(config.PORT, 8080);
    assert.equal(config.DATABASE_URL, 'sqlite:./data/pishkhan.sqlite');
    assert.equal(config.ENGINE, 'embedded');
    assert.equal(config.SEED_DEMO, true);
  });

  it('parses numbers and booleans given as text', () => {
    const config = loadConfig({ PORT: '9090', SEED_DEMO: 'no' });
    assert.equal(config.PORT, 9090);
    assert.equal(config.SEED_DEMO, false);
  });

  it('names the variable and the problem when a value is bad', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.some((problem) => problem.startsWith('PORT="eighty"')) &&
        error.problems.some((problem) => problem.startsWith('DATABASE_URL="mysql://x"') && problem.includes('sqlite:')),
    );
  });

  it('requires a Zeebe address when the Zeebe engine is chosen', () => {
    assert.throws(() => loadConfig({ ENGINE: 'zeebe' }), /ZEEBE_ADDRESS/);
  });
});
