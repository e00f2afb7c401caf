import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

describe('system status page', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  it('given the running server, when the status page opens, then the database and the embedded engine are up', () =>
    app.withPage(async (page) => {
      await page.goto(app.url('/status'));
      await page.getByTestId('overall-status').waitFor();
      assert.equal((await page.getByTestId('overall-status').locator('.overall-text').textContent())?.trim(), 'همهٔ اجزا کار می‌کنند');
      assert.equal((await page.getByTestId('database-state').textContent())?.trim(), 'فعال');
      assert.equal((await page.getByTestId('engine-state').textContent())?.trim(), 'فعال');
      assert.match((await page.getByTestId('database').textContent())!, /SQLite/);
      assert.match((await page.getByTestId('engine').textContent())!, /موتور داخلی/);
      assert.match((await page.getByTestId('version').textContent())!, /^[۰-۹.]+$/);
      const versions = await page.getByTestId('processes').locator('td.number').allTextContents();
      for (const version of versions) assert.match(version.trim(), /^[۰-۹]+$/, 'process versions are in Persian digits');
    }));

  it('given English, when the server is checked again, then the report stays and is in English', () =>
    app.withPage(
      async (page) => {
        await page.goto(app.url('/status'));
        await page.getByTestId('overall-status').waitFor();
        await page.getByRole('button', { name: 'Check again' }).click();
        await page.getByRole('button', { name: 'Check again' }).waitFor();
        assert.equal((await page.getByTestId('engine-state').textContent())?.trim(), 'Up');
        assert.match((await page.getByTestId('engine').textContent())!, /Embedded engine/);
      },
      { language: 'en' },
    ));
});
