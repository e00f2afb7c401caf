import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';
import { persianDateText, tehranIsoDate } from './support/tehran-calendar.js';

const PERSIAN_DIGIT = /[۰-۹]/;
const toLatinDigits = (text: string) => text.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit)));

/** Types a day into a date field and leaves it, as a keyboard user would. */
async function typeDate(page: Page, label: string, isoDate: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill('');
  await field.pressSequentially(persianDateText(isoDate));
  await field.press('Tab');
}

describe('reports', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  it('given the demo supervisor, when he opens the dashboard, then the headline figures, charts and their tables show the demo history in Persian, right to left', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'supervisor');
      await page.goto(app.url('/'));
      await page.getByRole('link', { name: 'گزارش‌ها' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'داشبورد مدیریتی' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');

      const registered = page.locator('[data-kpi="registered"] dd');
      await registered.waitFor();
      const figure = (await registered.textContent())?.trim() ?? '';
      assert.match(figure, PERSIAN_DIGIT, `Persian digits: ${figure}`);
      assert.ok(Number(toLatinDigits(figure).replace(/\D/g, '')) >= 100, `weeks of tickets: ${figure}`);
      assert.ok(Number(toLatinDigits((await page.locator('[data-kpi="open"] dd').textContent()) ?? '').replace(/\D/g, '')) >= 8, 'the open demo tickets');

      // Each chart is an image named by its caption, with its data one click away as a table.
      const trend = page.locator('[data-chart="trend"]');
      await trend.locator('canvas[role="img"]').waitFor();
      assert.equal(await trend.locator('canvas').getAttribute('aria-label'), (await trend.locator('figcaption').textContent())?.trim());
      await trend.getByText('نمایش داده‌های نمودار به صورت جدول').click();
      const table = trend.getByRole('table');
      await table.waitFor();
      assert.ok((await table.locator('tbody tr').count()) >= 20, 'a row per day of the last 30');
      assert.match((await table.locator('tbody tr th').first().textContent()) ?? '', PERSIAN_DIGIT, 'Jalali days in Persian digits');
    }));

  it('given a report, when the Jalali range is changed and the CSV downloaded, then the table and the file cover exactly those days', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'supervisor');
      await page.goto(app.url('/reports'));
      await page.getByRole('link', { name: 'آمار روزانه' }).click();
      await page.getByRole('heading', { level: 1, name: 'آمار روزانه' }).waitFor();

      const from = tehranIsoDate(-14);
      const to = tehranIsoDate(-8);
      await typeDate(page, 'از تاریخ', from);
      await typeDate(page, 'تا تاریخ', to);
      await page.getByRole('button', { name: 'نمایش گزارش' }).click();
      await page.waitForURL((url) => url.searchParams.get('from') === from && url.searchParams.get('to') === to);
      const rows = page.locator('[data-table="days"] tbody tr');
      await page.waitForFunction(() => document.querySelector('[aria-busy="true"].content') === null);
      await rows.first().waitFor();
      assert.equal(await rows.count(), 7, 'one row per day of the range');
      const firstDay = (await rows.first().locator('th').textContent()) ?? '';
      assert.ok(firstDay.includes(persianDateText(from).split('/')[2]!.replace(/^۰/, '')), `the first day, Jalali in Persian digits: ${firstDay}`);
      const rangeText = (await page.getByTestId('report-range').textContent()) ?? '';
      assert.match(rangeText, PERSIAN_DIGIT);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
      assert.match(download.suggestedFilename(), /\.csv$/);
      const csv = fs.readFileSync((await download.path())!, 'utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'a byte order mark for Excel');
      const lines = csv.slice(1).trimEnd().split('\r\n');
      assert.match(lines[0]!, /^روز,ثبت‌شده,/);
      assert.equal(lines.length, 1 + 7 + 1, 'header, the seven days, the totals');
      assert.equal(lines[1]!.split(',')[0], toLatinDigits(persianDateText(from)), 'the first day, Jalali');
      assert.equal(lines[7]!.split(',')[0], toLatinDigits(persianDateText(to)), 'the last day, Jalali');
      assert.match(lines[8]!, /^جمع,\d+,/);
      const totalRegistered = Number(lines[8]!.split(',')[1]);
      const shownTotal = Number(toLatinDigits((await page.locator('[data-table="days"] tfoot td').first().textContent()) ?? '').replace(/\D/g, ''));
      assert.equal(totalRegistered, shownTotal, 'the file says what the screen says');
      assert.ok(totalRegistered > 0, 'the demo history has tickets in that week');
    }));

  it('given every report, when the supervisor opens each from the list, then each shows its tables with the demo data, one downloads as XLSX, and the daily report’s tracking codes open their tickets', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'supervisor');
      await page.goto(app.url('/reports'));
      await page.locator('[data-kpi="registered"] dd').waitFor();
      const reports = ['گزارش روزانه', 'آمار روزانه', 'عملکرد اپراتورها', 'عملکرد کارشناسان', 'عملکرد پیمانکاران', 'پرتکرارترین مشکلات و سامانه‌ها', 'نیازهای آموزشی کاربران', 'تحلیل زمان پاسخ‌گویی'];
      for (const title of reports) {
        await page.getByRole('navigation', { name: 'فهرست گزارش‌ها' }).getByRole('link', { name: title, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.locator('[data-table] table').first().waitFor();
        await page.waitForFunction(() => document.querySelector('.content[aria-busy="true"]') === null && document.querySelector('[role="status"]') === null);
        const rows = await page.locator('[data-table] tbody tr:not(:has(td.empty))').count();
        assert.ok(rows > 0, `${title} has rows`);
      }
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'اکسل (XLSX)' }).click()]);
      assert.match(download.suggestedFilename(), /\.xlsx$/);
      const bytes = fs.readFileSync((await download.path())!);
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip');

      // The daily report's tracking codes open their tickets.
      await page.getByRole('navigation', { name: 'فهرست گزارش‌ها' }).getByRole('link', { name: 'گزارش روزانه', exact: true }).click();
      const code = page.locator('[data-table="tickets"] tbody a').first();
      await code.waitFor();
      const trackingCode = (await code.textContent())?.trim() ?? '';
      await code.click();
      await page.waitForURL(/\/tickets\/\d+$/);
      const shown = page.getByTestId('ticket-tracking-code');
      await shown.waitFor();
      assert.equal(toLatinDigits((await shown.textContent()) ?? '').replace(/\D/g, ''), trackingCode);
    }));

  it('given Persian, when the reader switches to English, then the report reads left to right with Gregorian days', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'supervisor');
      await page.goto(app.url('/reports/top-categories'));
      await page.getByRole('heading', { level: 1, name: 'پرتکرارترین مشکلات و سامانه‌ها' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Top problem categories and systems' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
      const range = (await page.getByTestId('report-range').textContent()) ?? '';
      assert.doesNotMatch(range, PERSIAN_DIGIT);
      assert.match(range, /20\d\d/, `Gregorian years: ${range}`);
      await page.getByRole('button', { name: 'CSV' }).waitFor();
      await page.getByRole('link', { name: 'Management dashboard' }).click();
      await page.locator('[data-kpi="registered"] dd').waitFor();
      assert.doesNotMatch((await page.locator('[data-kpi="registered"] dd').textContent()) ?? '', PERSIAN_DIGIT);
    }));

  it('given a closed ticket of the demo history, when the auditor opens its audit and ticket pages, then its log shows and the diagram says it has no process', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'auditor');
      const search = await page.request.get(app.url(`/api/audit/tickets?from=${tehranIsoDate(-20)}&to=${tehranIsoDate(-10)}`));
      assert.equal(search.status(), 200);
      const found = (await search.json()) as { items: { id: number; status: string }[] };
      const closed = found.items.find((ticket) => ticket.status === 'closed');
      assert.ok(closed, 'a closed ticket in the demo history');

      await page.goto(app.url(`/audit/tickets/${closed.id}`));
      await page.getByText('این درخواست فرایندی ندارد.').waitFor();
      await page.goto(app.url(`/tickets/${closed.id}`));
      await page.getByText('فرایندی برای این درخواست اجرا نشده است.').waitFor();
    }));

  it('given a staff member without the supervisor role, when he asks for the reports, then the area is not his', () =>
    app.withPage(
      async (page) => {
        await app.signIn(page, 'staff');
        await page.goto(app.url('/reports'));
        await page.waitForLoadState('networkidle');
        assert.equal(await page.getByRole('heading', { level: 1, name: 'داشبورد مدیریتی' }).count(), 0);
        const response = await page.request.get(app.url(`/api/reports/dashboard?from=${new Date(Date.now() - 86_400_000).toISOString()}&to=${new Date().toISOString()}`));
        assert.equal(response.status(), 403);
      },
      { allowFailedRequests: [{ status: 403, path: /^\/api\/reports/ }] },
    ));
});
