import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { request, type APIRequestContext, type Download, type Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';
import { expectFieldValue } from './support/field-value.js';
import { persianYearNow } from './support/tehran-calendar.js';

interface Session {
  post<T>(path: string, body: unknown): Promise<T>;
  dispose(): Promise<void>;
}

/** A staff member's API calls, made at their own desk (outside the auditor's browser). */
async function signedIn(app: E2eApp, username: string, password = `${username}-demo`): Promise<Session> {
  const context: APIRequestContext = await request.newContext({ baseURL: app.server.baseUrl, extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.42' } });
  const login = await context.post('/api/auth/login', { data: { username, password } });
  assert.ok(login.ok(), `signing in as ${username}: ${login.status()}`);
  const csrf = (await context.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  return {
    async post<T>(path: string, body: unknown) {
      const response = await context.post(path, { data: body, headers: { 'X-XSRF-TOKEN': csrf } });
      assert.ok(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    dispose: () => context.dispose(),
  };
}

interface Registered {
  readonly ticketId: number;
  readonly trackingCode: string;
}

const cellTexts = async (page: Page, row: number) =>
  (await page.getByTestId('audit-log-row').nth(row).locator('td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());

const downloaded = async (download: Download) => fs.readFileSync((await download.path())!);

/** Elements of the diagram carrying a path marker. */
const marked = (page: Page, marker: string) => page.locator(`[data-testid=diagram-canvas] .djs-element.${marker}`).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-element-id')));

describe('auditor', () => {
  let app: E2eApp;
  let handled: Registered;
  let untouched: Registered;

  before(async () => {
    app = await startE2eApp();
    // An operator registers two requests on the phone for a caller the demo organization does not
    // have (its generated employees and demo history must not match the name search below); the office automation expert works on the first and resolves it.
    const operator = await signedIn(app, 'operator');
    handled = await operator.post<Registered>('/api/tickets', { requester: { name: 'ترانه دلاوری', phone: '09121112233' }, categoryId: 4, description: 'نامه ارسال نمی‌شود' });
    untouched = await operator.post<Registered>('/api/tickets', { requester: { name: 'ترانه دلاوری', phone: '09121112233' }, categoryId: 4, description: 'امضا کار نمی‌کند' });
    await operator.dispose();
    const expert = await signedIn(app, 'automation', 'staff-demo');
    await expert.post(`/api/tickets/${handled.ticketId}/start`, {});
    await expert.post(`/api/tickets/${handled.ticketId}/notes`, { text: 'تنظیمات کارتابل بررسی شد' });
    await expert.post(`/api/tickets/${handled.ticketId}/resolve`, { resolution: 'گواهی امضا تمدید شد' });
    await expert.dispose();
  });
  after(() => app?.stop());

  it('given a handled ticket, when the auditor finds it by requester and by tracking code, then its path is drawn on the diagram and its log names every actor with Jalali times; CSV and Excel exports carry the log; English switches the page', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'auditor');
      await page.goto(app.url('/audit'));
      await page.getByRole('heading', { name: 'بازرسی درخواست‌ها' }).waitFor();
      await page.getByTestId('audit-row').first().waitFor();

      // The requester's name finds both of their requests, newest first.
      await page.getByLabel('درخواست‌کننده (نام یا شمارهٔ تلفن)').fill('ترانه دلاوری');
      await page.getByTestId('audit-search').click();
      await page.getByTestId('audit-count').filter({ hasText: '۲ درخواست' }).waitFor();
      assert.deepEqual(await page.getByTestId('audit-ticket-link').allTextContents(), [untouched.trackingCode, handled.trackingCode]);
      await page.getByRole('button', { name: 'پاک کردن' }).click();
      await page.waitForURL((url) => url.search === '');
      await expectFieldValue(page.getByLabel('درخواست‌کننده (نام یا شمارهٔ تلفن)'), '', 'clearing empties the requester field');

      // The tracking code typed in Persian digits, submitted from the keyboard.
      await page.getByLabel('کد پیگیری').fill(handled.trackingCode.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit))));
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.searchParams.has('trackingCode'));
      await page.getByTestId('audit-count').filter({ hasText: '۱ درخواست' }).waitFor();
      const links = page.getByTestId('audit-ticket-link');
      assert.deepEqual(await links.allTextContents(), [handled.trackingCode], `only ${handled.trackingCode}, not ${untouched.trackingCode}`);
      await links.first().click();

      await page.getByTestId('audit-tracking-code').filter({ hasText: handled.trackingCode }).waitFor();
      await page.locator('[data-testid=diagram-canvas] .djs-element.pk-path-active').first().waitFor();
      assert.deepEqual(await marked(page, 'pk-path-active'), ['Call_feedback'], 'the ticket waits for feedback');
      const completed = await marked(page, 'pk-path-completed');
      for (const id of ['StartEvent_registered', 'Task_route', 'Task_sms_registered', 'Task_plan', 'Task_handle', 'Gateway_outcome', 'Task_sms_resolved']) assert.ok(completed.includes(id), `${id} is done`);
      assert.ok(!completed.includes('Task_escalate') && !completed.includes('Task_handle_part'), 'steps not taken stay plain');
      const flows = await marked(page, 'pk-path-flow');
      assert.ok(flows.includes('Flow_outcome_resolved') && flows.includes('Flow_to_handle'), 'the flows taken are drawn');
      assert.ok(!flows.includes('Flow_referred'), 'the referral flow was not taken');
      await page.locator('.pk-diagram-badge.now', { hasText: 'اکنون' }).waitFor();
      assert.equal(await page.getByTestId('diagram-summary').textContent(), 'مرحلهٔ کنونی: Ask for feedback.');

      // The feedback process the resolution started has a diagram of its own.
      const feedbackButton = page.getByRole('button', { name: 'نظرسنجی', exact: true });
      await feedbackButton.click();
      await page.locator('[data-testid=diagram-canvas] .djs-element.pk-path-completed[data-element-id=StartEvent_resolved]').waitFor();
      assert.equal(await feedbackButton.getAttribute('aria-pressed'), 'true');
      assert.ok((await marked(page, 'pk-path-flow')).includes('Flow_to_prepare'));
      await page.getByRole('button', { name: 'چرخهٔ درخواست', exact: true }).click();
      await page.locator('[data-testid=diagram-canvas] .djs-element.pk-path-active[data-element-id=Call_feedback]').waitFor();

      // The log: every entry with its actor, position and a Jalali time.
      const rows = page.getByTestId('audit-log-row');
      assert.deepEqual(await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-kind'))), ['registered', 'routed', 'started', 'noted', 'resolved']);
      const registered = await cellTexts(page, 0);
      assert.match(registered[1]!, new RegExp(`^[۰-۹]{1,2} [^ ]+ ${persianYearNow()}، ساعت [۰-۹]{2}:[۰-۹]{2}$`), 'a Jalali time in Persian digits');
      assert.match(registered[3]!, /^زهرا احمدی اپراتور مرکز پیام$/);
      assert.match((await cellTexts(page, 1))[3]!, /^سامانه$/);
      const noted = await cellTexts(page, 3);
      assert.match(noted[2]!, /یادداشت خصوصی/);
      assert.match(noted[3]!, /^نیلوفر صادقی کارشناس سامانه اتوماسیون اداری$/);
      assert.match((await cellTexts(page, 4))[4]!, /گواهی امضا تمدید شد/);

      // Exports: the same log as CSV (UTF-8 with BOM) and as an Excel workbook.
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const csv = (await downloaded(csvDownload)).toString('utf8');
      assert.ok(csv.startsWith('\ufeffردیف,زمان,زمان (ISO),اقدام,انجام‌دهنده'), csv.slice(0, 80));
      const csvLines = csv.trim().split('\r\n');
      assert.equal(csvLines.length, 6, 'a header and five entries');
      assert.match(csvLines[3]!, /نیلوفر صادقی/);
      assert.match(csvLines[5]!, /گواهی امضا تمدید شد/);

      const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
      assert.match(xlsxDownload.suggestedFilename(), /\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await downloaded(xlsxDownload)) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      assert.equal(sheet.name, handled.trackingCode);
      assert.equal(sheet.getRow(1).getCell(2).text, handled.trackingCode);
      const actors = [5, 6, 7, 8, 9].map((row) => sheet.getRow(row).getCell(5).text);
      assert.deepEqual(actors, ['زهرا احمدی', 'سامانه', 'نیلوفر صادقی', 'نیلوفر صادقی', 'نیلوفر صادقی']);
      assert.equal(sheet.views[0]?.rightToLeft, true);

      // English: the page, its log and its times switch, and the path stays drawn.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Action log' }).waitFor();
      await page.getByTestId('audit-log-row').nth(4).locator('td').nth(2).filter({ hasText: /^\s*Resolved/ }).waitFor();
      assert.match((await cellTexts(page, 0))[1]!, /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/, 'a Gregorian time');
      assert.match((await cellTexts(page, 3))[3]!, /Office automation expert$/);
      assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
      assert.deepEqual(await marked(page, 'pk-path-active'), ['Call_feedback']);
      const [englishCsv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      assert.ok((await downloaded(englishCsv)).toString('utf8').startsWith('\ufeffEntry,Time,Time (ISO),Action,Actor'));
    }));
});
