import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { request, type APIRequestContext, type Page } from 'playwright-core';
import type { ProcessListResponse, ProcessVersionXml } from '../contract/processes.js';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

/** Another person's API calls (here the operator's), outside the designer's browser. */
async function signedIn(app: E2eApp, username: string): Promise<{ context: APIRequestContext; post: (path: string, body: unknown) => Promise<unknown> }> {
  const context = await request.newContext({ baseURL: app.server.baseUrl, extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.41' } });
  const login = await context.post('/api/auth/login', { data: { username, password: `${username}-demo` } });
  assert.ok(login.ok(), `signing in as ${username}: ${login.status()}`);
  const csrf = (await context.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  return {
    context,
    async post(path, body) {
      const response = await context.post(path, { data: body, headers: { 'X-XSRF-TOKEN': csrf } });
      assert.ok(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`);
      return response.json();
    },
  };
}

/** The page's own session reads the API (GET needs no CSRF token). */
async function getJson<T>(page: Page, app: E2eApp, path: string): Promise<T> {
  const response = await page.request.get(app.url(path));
  assert.ok(response.ok(), `GET ${path}: ${response.status()}`);
  return (await response.json()) as T;
}

const versionsOf = (list: ProcessListResponse, id: string) => list.processes.find((process) => process.bpmnProcessId === id)?.versions ?? [];

describe('process designer', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  it('given a running ticket on version 1, when the designer renames a task in the properties panel, sees a broken job type named by the check, fixes it and deploys, then version 2 is listed with the edit and the running ticket stays on version 1', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'designer');
      const runningBefore = versionsOf(await getJson<ProcessListResponse>(page, app, '/api/processes'), 'ticket-lifecycle')[0]?.activeInstances ?? 0;
      const operator = await signedIn(app, 'operator');
      const ticket = { requester: { name: 'ترانه دلاوری', phone: '09121112233' }, categoryId: 4, description: 'نامه ارسال نمی‌شود' };
      await operator.post('/api/tickets', ticket);
      const persianDigits = (value: number) => value.toLocaleString('fa-IR', { useGrouping: false });

      await page.goto(app.url('/designer'));
      const lifecycle = page.locator('[data-testid=process][data-process-id=ticket-lifecycle]');
      await lifecycle.getByRole('link', { name: 'ویرایش نسخهٔ ۱' }).click();
      await page.getByRole('heading', { name: 'Ticket lifecycle' }).waitFor();
      await page.getByTestId('opened-version').filter({ hasText: 'نسخهٔ ۱' }).waitFor();
      const summary = page.getByTestId('lint-summary');
      await summary.filter({ hasText: '۰ خطا، ۲ هشدار' }).waitFor();
      // The palette speaks Persian around a left-to-right canvas; the properties panel stays English.
      await page.locator('.djs-palette').getByRole('button', { name: 'ساختن وظیفه' }).waitFor();
      assert.equal(await page.getByTestId('modeler-canvas').getAttribute('dir'), 'ltr');
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');

      // Select the routing task on the canvas with the mouse: the Zeebe properties panel shows it.
      await page.locator('.djs-element.djs-shape[data-element-id=Task_route]').click();
      const panel = page.getByTestId('properties-panel');
      await panel.locator('.bio-properties-panel-header-label', { hasText: 'Route' }).waitFor();
      const openGroup = async (title: string) => {
        const header = panel.locator('.bio-properties-panel-group-header', { has: page.getByText(title, { exact: true }) });
        if (!((await header.getAttribute('class')) ?? '').includes('open')) await header.click();
      };
      await openGroup('General');
      const name = panel.locator('#bio-properties-panel-name');
      await name.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Route to the right desk');
      await page.getByTestId('unsaved').waitFor();
      await summary.filter({ hasText: '۰ خطا، ۲ هشدار' }).waitFor();
      assert.equal(await page.locator('.djs-element[data-element-id=Task_route] text').textContent().then((text) => text?.replace(/\s+/g, ' ').trim()), 'Route to the right desk');

      // Empty the job type of the Zeebe task definition: the check names the problem and blocks deploying.
      await openGroup('Task definition');
      const jobType = panel.locator('#bio-properties-panel-taskDefinitionType');
      assert.equal(await jobType.inputValue(), 'ticket.route');
      await jobType.fill('');
      await summary.filter({ hasText: '۱ خطا' }).waitFor();
      const problem = page.getByTestId('lint-problem').and(page.locator('[data-element-id=Task_route]'));
      await problem.waitFor();
      assert.match((await problem.textContent()) ?? '', /Route to the right desk/);
      assert.match((await problem.locator('.message').textContent()) ?? '', /باید «Task definition type» داشته باشد/);
      assert.equal(await page.getByTestId('deploy').isDisabled(), true, 'an error blocks deploying');
      await page.locator('.djs-element[data-element-id=Task_route].pk-lint-error').waitFor();

      await jobType.fill('ticket.route');
      await summary.filter({ hasText: '۰ خطا، ۲ هشدار' }).waitFor();
      await page.locator('.djs-element[data-element-id=Task_route].pk-lint-error').waitFor({ state: 'detached' });

      // Leaving with changes asks first; staying keeps them.
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.getByRole('navigation', { name: 'مسیر صفحه' }).getByRole('link', { name: 'فرایندها' }).click();
      await page.getByTestId('unsaved').waitFor();
      assert.match(page.url(), /\/designer\/ticket-lifecycle\/1$/);

      await page.getByTestId('deploy').click();
      const dialog = page.getByRole('dialog', { name: 'انتشار نسخهٔ تازه' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'منتشر شود' }).click();
      await page.getByTestId('deploy-result').filter({ hasText: 'نسخهٔ ۲ منتشر شد.' }).waitFor();
      await page.getByTestId('opened-version').filter({ hasText: 'نسخهٔ ۲' }).waitFor();
      assert.equal(await page.getByTestId('unsaved').count(), 0);
      assert.match(page.url(), /\/designer\/ticket-lifecycle\/2$/);

      // A ticket registered now starts on the new version.
      await operator.post('/api/tickets', ticket);
      await operator.context.dispose();

      await page.getByRole('navigation', { name: 'مسیر صفحه' }).getByRole('link', { name: 'فرایندها' }).click();
      await lifecycle.getByTestId('version-count').filter({ hasText: '۲ نسخه' }).waitFor();
      const rows = lifecycle.getByTestId('version-row');
      assert.equal(await rows.count(), 2);
      const cells = async (row: number) => (await rows.nth(row).locator('td').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
      const [latest, first] = [await cells(0), await cells(1)];
      assert.match(latest[0]!, /^۲ آخرین$/);
      assert.equal(latest[2], 'الهام رستمی', 'deployed by the designer');
      assert.equal(first[2], 'هنگام راه‌اندازی سامانه');
      assert.equal(latest[3], '۱', 'the ticket registered after deploying runs on version 2');
      assert.equal(first[3], persianDigits(runningBefore + 1), 'the ticket registered before stays on version 1, with the demo’s running tickets');

      const list = await getJson<ProcessListResponse>(page, app, '/api/processes');
      assert.deepEqual(versionsOf(list, 'ticket-lifecycle').map((version) => [version.version, version.activeInstances, version.deployedBy?.displayName ?? null]), [
        [2, 1, 'الهام رستمی'],
        [1, runningBefore + 1, null],
      ]);
      const [second, original] = await Promise.all([
        getJson<ProcessVersionXml>(page, app, '/api/processes/ticket-lifecycle/versions/2'),
        getJson<ProcessVersionXml>(page, app, '/api/processes/ticket-lifecycle/versions/1'),
      ]);
      assert.match(second.xml, /id="Task_route" name="Route to the right desk"/);
      assert.match(second.xml, /<zeebe:taskDefinition type="ticket.route"/);
      assert.match(original.xml, /id="Task_route" name="Route"/);
    }));

  it('given a new process, when the designer names it, appends an end event from the context pad and deploys, then it is listed as version 1 by the designer', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'designer');
      await page.goto(app.url('/designer'));
      await page.getByRole('link', { name: 'فرایند تازه' }).click();
      await page.getByRole('heading', { name: 'فرایند تازه' }).waitFor();
      await page.locator('.djs-element[data-element-id=StartEvent_1]').waitFor();
      const panel = page.getByTestId('properties-panel');
      const summary = page.getByTestId('lint-summary');
      await summary.filter({ hasNotText: 'در حال بررسی' }).waitFor();

      // Nothing selected: the panel shows the process itself.
      await panel.locator('.bio-properties-panel-header-type', { hasText: /process/i }).waitFor();
      const general = panel.locator('.bio-properties-panel-group-header').filter({ has: page.getByText('General', { exact: true }) });
      if (!((await general.getAttribute('class')) ?? '').includes('open')) await general.click();
      await panel.locator('#bio-properties-panel-name').fill('درخواست مرخصی');
      await panel.locator('#bio-properties-panel-id').fill('leave-request');
      await page.getByRole('heading', { name: 'درخواست مرخصی' }).waitFor();

      // Append an end event through the start event's context pad.
      await page.locator('.djs-element.djs-shape[data-element-id=StartEvent_1]').click();
      await page.locator('.djs-context-pad').getByTitle('افزودن رویداد پایان', { exact: true }).click();
      await page.locator('.djs-element.djs-shape[data-element-id^=Event_]').waitFor();
      await page.locator('.djs-element.djs-connection').waitFor({ state: 'attached' });
      await summary.filter({ hasText: /سازگار است|۰ خطا/ }).waitFor();

      await page.getByTestId('deploy').click();
      await page.getByRole('dialog', { name: 'انتشار نسخهٔ تازه' }).getByRole('button', { name: 'منتشر شود' }).click();
      await page.getByTestId('deploy-result').filter({ hasText: 'نسخهٔ ۱ منتشر شد.' }).waitFor();
      assert.match(page.url(), /\/designer\/leave-request\/1$/);

      // English: the palette and the context pad switch with the page, without reopening the model.
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('.djs-palette').getByRole('button', { name: 'Create task' }).waitFor();
      await page.locator('.djs-element.djs-shape[data-element-id=StartEvent_1]').click();
      await page.locator('.djs-context-pad').getByTitle('Append task', { exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Compatibility check' }).waitFor();

      // No changes left: leaving asks nothing (a dialog would fail the test by waiting).
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Processes' }).click();
      const created = page.locator('[data-testid=process][data-process-id=leave-request]');
      await created.getByRole('heading', { name: 'درخواست مرخصی' }).waitFor();
      assert.deepEqual((await created.getByTestId('version-row').first().locator('td').allInnerTexts()).slice(2, 4), ['الهام رستمی', '0'], 'the deployer as the account names them');
      const xml = await getJson<ProcessVersionXml>(page, app, '/api/processes/leave-request/versions/1');
      assert.match(xml.xml, /<bpmn:process id="leave-request" name="درخواست مرخصی" isExecutable="true">/);
      assert.match(xml.xml, /<bpmn:endEvent id="Event_/);
    }));
});
