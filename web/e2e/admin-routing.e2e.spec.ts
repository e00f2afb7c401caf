import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Page } from 'playwright-core';
import type { Category } from '../contract/admin/category.js';
import type { Location } from '../contract/admin/location.js';
import type { Position } from '../contract/admin/position.js';
import type { CartablePage } from '../contract/cartable.js';
import type { RegisteredTicket, RegisterTicketRequest } from '../contract/tickets.js';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  assert.ok(response.ok(), `${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An API client signed in as a demo user, apart from the browser; `post` echoes the CSRF cookie as the app does. */
async function apiAs(app: E2eApp, username: string): Promise<{ request: APIRequestContext; post(path: string, data: unknown): ReturnType<APIRequestContext['post']>; close(): Promise<void> }> {
  const context = await app.browser.newContext();
  const response = await context.request.post(app.url('/api/auth/login'), { data: { username, password: `${username}-demo` } });
  if (!response.ok()) {
    // Further demo staff share one password.
    const retry = await context.request.post(app.url('/api/auth/login'), { data: { username, password: 'staff-demo' } });
    assert.ok(retry.ok(), `signing in as ${username}: ${retry.status()}`);
  }
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  return {
    request: context.request,
    post: (path, data) => context.request.post(app.url(path), { data, headers: { 'X-XSRF-TOKEN': csrf } }),
    close: () => context.close(),
  };
}

const verdict = (page: Page) => page.getByTestId('routing-verdict');

describe('admin: routing rules', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  it('given the demo admin, when a rule for Office on the Isfahan city is added in the browser, then the tester names it and the next such ticket lands in the Isfahan IT expert’s cartable', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'admin');
      const categories = await getJson<Category[]>(page.request, app.url('/api/admin/categories'));
      const locations = await getJson<Location[]>(page.request, app.url('/api/admin/locations'));
      const positions = await getJson<Position[]>(page.request, app.url('/api/admin/positions'));
      const office = categories.find((category) => category.code === 'SW-APPS-OFFICE')!;
      const isfahanCity = locations.find((location) => location.code === 'ISF-C')!;
      const isfahanIt = positions.find((position) => position.code === 'NET-ISF')!;
      assert.ok(office && isfahanCity && isfahanIt, 'the demo data has the category, the place and the position');

      await page.goto(app.url('/admin/routing-rules'));
      await page.getByRole('heading', { name: 'قواعد ارجاع', level: 1 }).waitFor();
      // Before: the general-applications rule decides (desktop support).
      await page.locator('#routing-test-category').selectOption(String(office.id));
      await page.locator('#routing-test-location').selectOption(String(isfahanCity.id));
      await verdict(page).filter({ hasText: 'کارشناس سیستم‌عامل و پشتیبانی کاربران' }).waitFor();

      // The new rule, from the keyboard.
      await page.getByRole('button', { name: 'قاعدهٔ تازه' }).first().focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'قاعدهٔ تازه', level: 2 }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'table-editor-heading', 'the editor takes focus');
      await page.getByLabel('دسته', { exact: true }).last().selectOption(String(office.id));
      await page.getByLabel('مکان', { exact: true }).last().selectOption(String(isfahanCity.id));
      const positionBox = page.getByRole('checkbox', { name: 'کارشناس فناوری اطلاعات استان اصفهان' });
      await positionBox.focus();
      await page.keyboard.press('Space');
      assert.equal(await positionBox.isChecked(), true);
      await page.getByLabel('توضیح').fill('آفیس در شهر اصفهان با کارشناس استان');
      await page.getByRole('button', { name: 'ایجاد' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'ذخیره شد.' }).waitFor();

      // The tester now names the new rule, the most specific one.
      await verdict(page).filter({ hasText: 'کارشناس فناوری اطلاعات استان اصفهان' }).waitFor();
      const rules = await getJson<Array<{ id: number; categoryId: number | null; locationId: number | null; target: unknown }>>(page.request, app.url('/api/admin/routing-rules'));
      const added = rules.find((rule) => rule.categoryId === office.id && rule.locationId === isfahanCity.id);
      assert.deepEqual(added?.target, { kind: 'positions', positionIds: [isfahanIt.id] });
      assert.equal(await page.locator(`tr.highlight[data-id="${added!.id}"]`).count(), 1, 'the winning rule is marked in the table');

      // The next ticket of that category and place follows it.
      const operator = await apiAs(app, 'operator');
      const holder = await apiAs(app, 'isfahan');
      try {
        const request: RegisterTicketRequest = {
          requester: { name: 'زهرا کریمی', phone: '09131234567' },
          channel: 'phone',
          categoryId: office.id,
          locationId: isfahanCity.id,
          description: 'ورد هنگام باز کردن پرونده بسته می‌شود.',
        };
        const registered = await operator.post('/api/tickets', request);
        assert.equal(registered.status(), 201, await registered.text());
        const ticket = (await registered.json()) as RegisteredTicket;
        let found = false;
        for (let attempt = 0; attempt < 50 && !found; attempt += 1) {
          const cartable = await getJson<CartablePage>(holder.request, app.url(`/api/cartables/${isfahanIt.id}?tab=new`));
          found = cartable.items.some((item) => item.trackingCode === ticket.trackingCode);
          if (!found) await new Promise((resolve) => setTimeout(resolve, 200));
        }
        assert.ok(found, `ticket ${ticket.trackingCode} is in the cartable of ${isfahanIt.titleEn}`);
      } finally {
        await operator.close();
        await holder.close();
      }
    }));
});
