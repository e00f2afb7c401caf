import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { BusinessCalendar } from '../contract/admin/business-calendar.js';
import type { Priority } from '../contract/admin/priority.js';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';
import { expectFieldValue } from './support/field-value.js';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

describe('admin: editing the desk’s data', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  it('given a new priority without names and code, when created, then each field says why in Persian; filled in, it is created, edited and deleted from the keyboard', () =>
    app.withPage(
      async (page) => {
        await app.signIn(page, 'admin');
        await page.goto(app.url('/admin/priorities'));
        await page.getByRole('heading', { name: 'اولویت‌ها', level: 1 }).waitFor();
        await page.getByRole('button', { name: 'اولویت تازه' }).click();
        await page.getByRole('button', { name: 'ایجاد' }).click();

        await page.getByRole('alert').filter({ hasText: 'برخی از مقادیر پذیرفته نشد.' }).waitFor();
        const nameError = page.locator('#priority-nameFa-error');
        await nameError.filter({ hasText: /نویسه|لازم/ }).waitFor();
        assert.equal(await field(page, 'نام فارسی').getAttribute('aria-invalid'), 'true');
        assert.match((await field(page, 'نام فارسی').getAttribute('aria-describedby')) ?? '', /priority-nameFa-error/, 'the message is tied to its field');
        assert.ok(((await page.locator('#priority-code-error').textContent()) ?? '').trim().length > 0, 'the code says why too');

        await field(page, 'نام فارسی').fill('بحرانی ویژه');
        await field(page, 'نام انگلیسی').fill('Severe');
        await field(page, 'کد').fill('P0');
        await field(page, 'رتبه').fill('9');
        await field(page, 'کد').press('Enter');
        // Codes are lower-case Latin.
        await page.locator('#priority-code-error').filter({ hasText: 'شکل این مقدار درست نیست.' }).waitFor();
        assert.equal(await field(page, 'نام فارسی').getAttribute('aria-invalid'), null, 'the names are fine now');
        await field(page, 'کد').fill('severe');
        await field(page, 'کد').press('Enter');
        await page.getByRole('status').filter({ hasText: 'ذخیره شد.' }).waitFor();
        await page.getByRole('heading', { name: /بحرانی ویژه/, level: 2 }).waitFor();
        assert.equal(await field(page, 'کد').getAttribute('aria-invalid'), null, 'the problems are gone');
        const row = page.getByRole('row').filter({ hasText: 'بحرانی ویژه' });
        assert.match((await row.textContent()) ?? '', /severe/);

        await field(page, 'نام انگلیسی').fill('Severe, special');
        await field(page, 'نام انگلیسی').press('Enter');
        await page.getByRole('status').filter({ hasText: 'ذخیره شد.' }).waitFor();
        const stored = (await (await page.request.get(app.url('/api/admin/priorities'))).json()) as Priority[];
        assert.equal(stored.find((priority) => priority.code === 'severe')?.nameEn, 'Severe, special');

        await page.getByRole('button', { name: 'حذف', exact: true }).focus();
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'حذف', 'the confirming button has the focus');
        await page.keyboard.press('Enter');
        await row.waitFor({ state: 'detached' });
      },
      { allowFailedRequests: [{ status: 400, path: '/api/admin/priorities' }] },
    ));

  it('given the locations tree, when a city is added inside a province picked with the keyboard, then it shows in the tree under it', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'admin');
      await page.goto(app.url('/admin/locations'));
      const tree = page.getByRole('tree', { name: 'درخت مکان‌ها' });
      await tree.waitFor();
      await tree.getByRole('treeitem').first().focus();
      const isfahan = tree.getByRole('treeitem', { name: /استان اصفهان/ });
      for (let step = 0; step < 60 && !(await isfahan.evaluate((item) => item === document.activeElement)); step += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'استان اصفهان', level: 2 }).waitFor();
      await page.getByRole('button', { name: 'مکان تازه درون این مکان' }).click();
      await page.getByRole('heading', { name: 'مکان تازه درون این مکان', level: 2 }).waitFor();
      await expectFieldValue(field(page, 'نوع'), 'city', 'inside a province, a city');
      await field(page, 'نام فارسی').fill('کاشان نو');
      await field(page, 'نام انگلیسی').fill('New Kashan');
      await page.getByRole('button', { name: 'ایجاد' }).click();
      await page.getByRole('status').filter({ hasText: 'ذخیره شد.' }).waitFor();
      const added = tree.getByRole('treeitem', { name: /کاشان نو/ });
      assert.equal(await added.getAttribute('aria-level'), '2');
      assert.equal(await added.getAttribute('aria-selected'), 'true');
    }));

  it('given the business calendar, when a holiday is typed as a Jalali date and saved, then the server holds that Jalali day, every year when asked', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'admin');
      await page.goto(app.url('/admin/calendar'));
      await page.getByRole('heading', { name: 'تعطیلات' }).waitFor();
      const before = (await (await page.request.get(app.url('/api/admin/calendar'))).json()) as BusinessCalendar;
      await page.getByRole('button', { name: 'تعطیل تازه' }).click();
      const row = before.holidays.length + 1;
      const rowLabel = new Intl.NumberFormat('fa-IR').format(row);
      await field(page, `تاریخ تعطیل ${rowLabel}`).fill('۱۴۰۵/۰۹/۲۵');
      await field(page, `تاریخ تعطیل ${rowLabel}`).press('Tab');
      await field(page, `نام فارسی تعطیل ${rowLabel}`).fill('روز پیشخوان');
      await field(page, `نام انگلیسی تعطیل ${rowLabel}`).fill('Pishkhan day');
      await page.getByTestId(`holiday-${row - 1}`).getByLabel('هر سال').check();
      await page.getByRole('button', { name: 'ذخیره', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'ذخیره شد.' }).waitFor();
      const after = (await (await page.request.get(app.url('/api/admin/calendar'))).json()) as BusinessCalendar;
      assert.deepEqual(
        after.holidays.find((holiday) => holiday.nameFa === 'روز پیشخوان'),
        { year: null, month: 9, day: 25, nameFa: 'روز پیشخوان', nameEn: 'Pishkhan day' },
      );
      assert.equal(after.holidays.length, before.holidays.length + 1, 'the other holidays stay');
    }));

  it('given an SMS template, when it names a placeholder its event does not fill, then the refusal names it in Persian; reset brings the shipped text back', () =>
    app.withPage(
      async (page) => {
        await app.signIn(page, 'admin');
        await page.goto(app.url('/admin/sms-templates'));
        const text = page.locator('#sms-ticket\\.registered-fa');
        await text.waitFor();
        const shipped = await text.inputValue();
        await text.fill('درخواست شما ثبت شد: {{trackingCode}} {{password}}');
        const form = page.locator('form').filter({ has: text });
        await form.getByRole('button', { name: 'ذخیره' }).click();
        await form.locator('pk-field-error').filter({ hasText: 'password' }).waitFor();
        assert.equal(await text.getAttribute('aria-invalid'), 'true');

        await text.fill(`${shipped} سپاس.`);
        await form.getByRole('button', { name: 'ذخیره' }).click();
        await form.getByRole('status').filter({ hasText: 'ذخیره شد.' }).waitFor();
        await form.getByRole('button', { name: 'بازگشت به متن اصلی' }).click();
        await form.getByRole('status').filter({ hasText: 'متن اصلی بازگشت.' }).waitFor();
        assert.equal(await text.inputValue(), shipped);
      },
      { allowFailedRequests: [{ status: 400, path: /^\/api\/admin\/sms-templates\// }] },
    ));

  it('given a user locked out by failed sign-ins, when the admin unlocks them and resets the password, then the new password signs them in', () =>
    app.withPage(async (page) => {
      const stranger = await app.browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.77' } });
      try {
        for (let attempt = 0; attempt < 5; attempt += 1) await stranger.request.post(app.url('/api/auth/login'), { data: { username: 'desktop', password: 'wrong' } });
        await app.signIn(page, 'admin');
        await page.goto(app.url('/admin/users'));
        await field(page, 'جست‌وجو در نام کاربری یا نام').fill('desktop');
        await field(page, 'جست‌وجو در نام کاربری یا نام').press('Enter');
        const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'desktop', exact: true }) });
        await row.getByText('قفل').waitFor();
        await row.getByRole('button', { name: 'desktop', exact: true }).click();
        await page.getByRole('button', { name: 'برداشتن قفل' }).click();
        await page.getByRole('status').filter({ hasText: 'قفل حساب برداشته شد.' }).waitFor();
        await row.getByText('فعال', { exact: true }).waitFor();

        await field(page, 'گذرواژهٔ تازه').fill('fresh-secret-7');
        await field(page, 'گذرواژهٔ تازه').press('Enter');
        await page.getByRole('status').filter({ hasText: 'گذرواژه بازنشانی شد.' }).waitFor();
        const signIn = await stranger.request.post(app.url('/api/auth/login'), { data: { username: 'desktop', password: 'fresh-secret-7' } });
        assert.equal(signIn.status(), 200);
      } finally {
        await stranger.close();
      }
    }));

  it('given a new user linked to a person found by name, when created with the staff role, then they sign in and open that person’s cartable', () =>
    app.withPage(async (page) => {
      await app.signIn(page, 'admin');
      await page.goto(app.url('/admin/users'));
      await page.getByRole('button', { name: 'کاربر تازه' }).click();
      await field(page, 'یافتن فرد با نام، کد پرسنلی یا تلفن').fill('ابراهیمی');
      await field(page, 'یافتن فرد با نام، کد پرسنلی یا تلفن').press('Enter');
      const person = field(page, 'فرد');
      await person.locator('option', { hasText: 'مصطفی ابراهیمی' }).waitFor({ state: 'attached' });
      await person.selectOption({ label: 'مصطفی ابراهیمی (100028)' });
      await field(page, 'نام کاربری').fill('ebrahimi');
      await field(page, 'گذرواژهٔ نخست').fill('first-secret-9');
      await field(page, 'نام نمایشی').fill('مصطفی ابراهیمی');
      await page.getByRole('checkbox', { name: 'کارشناس', exact: true }).check();
      await page.getByRole('button', { name: 'ایجاد' }).click();
      await page.getByRole('status').filter({ hasText: 'ذخیره شد.' }).waitFor();
      await page.getByRole('button', { name: 'ebrahimi', exact: true }).waitFor();

      const context = await app.browser.newContext();
      try {
        const signIn = await context.request.post(app.url('/api/auth/login'), { data: { username: 'ebrahimi', password: 'first-secret-9' } });
        assert.equal(signIn.status(), 200);
        const cartables = (await (await context.request.get(app.url('/api/cartables'))).json()) as { positions: Array<{ titleEn: string; held: boolean }> };
        assert.deepEqual(
          cartables.positions.filter((position) => position.held).map((position) => position.titleEn),
          ['IT expert, Isfahan'],
        );
      } finally {
        await context.close();
      }
    }));

  it('given English, when the routing rules open, then the page is left to right and the rules read in English', () =>
    app.withPage(
      async (page) => {
        await app.signIn(page, 'admin');
        await page.goto(app.url('/admin/routing-rules'));
        await page.getByRole('heading', { name: 'Routing rules', level: 1 }).waitFor();
        assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['en', 'ltr']);
        await page.getByRole('row').filter({ hasText: 'Network expert (Tehran)' }).first().waitFor();
        await page.getByRole('link', { name: 'Business calendar' }).click();
        await page.getByRole('heading', { name: 'Holidays' }).waitFor();
      },
      { language: 'en' },
    ));
});
