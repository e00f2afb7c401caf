import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

/** Each demo login (README) and the areas its roles open, in navigation order; «وضعیت سامانه» is open to all. */
const DEMO_AREAS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['operator', ['خانه', 'میز اپراتور', 'کارتابل', 'وضعیت سامانه']],
  ['staff', ['خانه', 'کارتابل', 'وضعیت سامانه']],
  ['supervisor', ['خانه', 'کارتابل', 'گزارش‌ها', 'وضعیت سامانه']],
  ['feedback', ['خانه', 'کارتابل', 'وضعیت سامانه']],
  ['admin', ['خانه', 'مدیریت', 'وضعیت سامانه']],
  ['designer', ['خانه', 'طراحی فرایند', 'وضعیت سامانه']],
  ['auditor', ['خانه', 'ممیزی', 'وضعیت سامانه']],
  ['requester', ['خانه', 'درگاه خدمات', 'وضعیت سامانه']],
];

const navLabels = (page: Page) => page.getByRole('navigation', { name: 'بخش‌های سامانه' }).locator('a .label').allTextContents();
const loginRefused = [{ status: 401, path: '/api/auth/login' }];

async function signInWithForm(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('نام کاربری').fill(username);
  await page.getByLabel('گذرواژه', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
}

describe('signing in', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  it('given each demo login, when signed in on the form, then the navigation shows exactly the areas its roles allow, and signing out hides them', () =>
    app.withPage(async (page) => {
      for (const [username, areas] of DEMO_AREAS) {
        await page.goto(app.url('/login'));
        await signInWithForm(page, username, `${username}-demo`);
        await page.getByRole('heading', { name: 'به پیشخوان خوش آمدید' }).waitFor();
        await page.getByRole('button', { name: /./ }).filter({ has: page.locator('.account-name') }).waitFor();
        assert.deepEqual(await navLabels(page), areas, `${username} sees ${areas.join(', ')}`);
        await page.locator('pk-account-menu button.account').click();
        await page.getByRole('button', { name: 'خروج' }).click();
        await page.getByRole('heading', { name: 'ورود به پیشخوان' }).waitFor();
        assert.deepEqual(await navLabels(page), ['خانه', 'وضعیت سامانه'], `${username} signed out`);
      }
    }));

  it('given a visitor, when an area is opened, then sign-in is asked for and the area opens afterwards; another role’s area says “no access”', () =>
    app.withPage(async (page) => {
      await page.goto(app.url('/admin'));
      await page.getByRole('heading', { name: 'ورود به پیشخوان' }).waitFor();
      // The area's default page is resolved before the guard asks for sign-in.
      assert.match(page.url(), /\/login\?returnUrl=%2Fadmin(%2Forg-chart)?$/);
      await signInWithForm(page, 'admin', 'admin-demo');
      await page.waitForURL((url) => url.pathname.startsWith('/admin'));
      await page.getByRole('link', { name: 'مدیریت' }).and(page.locator('[aria-current=page]')).waitFor();

      await page.locator('pk-account-menu button.account').click();
      await page.getByRole('button', { name: 'خروج' }).click();
      await page.getByRole('heading', { name: 'ورود به پیشخوان' }).waitFor();
      await app.signIn(page, 'operator');
      await page.goto(app.url('/admin'));
      await page.getByRole('heading', { name: 'دسترسی ندارید' }).waitFor();
      assert.match(page.url(), /\/admin(\/org-chart)?$/, 'the address stays');
    }));

  it('given the keyboard only, when the form is filled with Tab and Enter, then the user is signed in', () =>
    app.withPage(async (page) => {
      await page.goto(app.url('/login'));
      await page.getByLabel('نام کاربری').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'login-username', 'the username field has focus');
      await page.keyboard.type('staff');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'login-password');
      await page.keyboard.type('staff-demo');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'به پیشخوان خوش آمدید' }).waitFor();
      assert.equal((await page.locator('pk-account-menu .account-name').textContent())?.trim(), 'علی رضایی');
    }));

  it('given a wrong password, when signing in, then the refusal is shown in Persian; five in a row lock the account, even for the right password', () =>
    app.withPage(
      async (page) => {
        await page.goto(app.url('/login'));
        for (let attempt = 1; attempt <= 5; attempt += 1) {
          await signInWithForm(page, 'trainer', `wrong-${attempt}`);
          await page.getByRole('alert').filter({ hasText: 'نام کاربری یا گذرواژه درست نیست' }).waitFor();
          await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[type=submit]')?.disabled);
        }
        assert.match((await page.getByTestId('lockout-hint').textContent()) ?? '', /۵ تلاش ناموفق پیاپی، حساب ۱۵ دقیقه قفل/);
        await signInWithForm(page, 'trainer', 'staff-demo');
        await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[type=submit]')?.disabled);
        assert.match(page.url(), /\/login$/, 'the locked account stays out');
        assert.match((await page.getByRole('alert').textContent()) ?? '', /قفل شده است/);
      },
      { allowFailedRequests: loginRefused },
    ));

  it('given English, when the password is wrong, then the page is left to right and says so in English', () =>
    app.withPage(
      async (page) => {
        await page.goto(app.url('/login'));
        assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['en', 'ltr']);
        await page.getByLabel('Username').fill('staff');
        await page.getByLabel('Password', { exact: true }).fill('nope');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByRole('alert').filter({ hasText: 'The username or password is wrong' }).waitFor();
        const field = (await page.getByLabel('Username').boundingBox())!;
        const label = (await page.getByText('Username', { exact: true }).boundingBox())!;
        assert.ok(Math.abs(field.x - label.x) < 2, 'labels start at the left edge of their fields');
      },
      { language: 'en', allowFailedRequests: loginRefused },
    ));

  it('given a signed-in user, when they change their password, then the new one signs them in and the old one no longer does', () =>
    app.withPage(
      async (page) => {
        await app.signIn(page, 'hardware', 'staff-demo');
        await page.goto(app.url('/'));
        await page.locator('pk-account-menu button.account').click();
        await page.getByRole('link', { name: 'تغییر گذرواژه' }).click();
        await page.getByLabel('گذرواژهٔ کنونی').fill('staff-demo');
        await page.getByLabel('گذرواژهٔ تازه', { exact: true }).fill('new-secret-42');
        await page.getByLabel('تکرار گذرواژهٔ تازه').fill('new-secret-42');
        await page.getByRole('button', { name: 'تغییر گذرواژه' }).click();
        await page.getByRole('status').filter({ hasText: 'گذرواژه تغییر کرد.' }).waitFor();

        await page.locator('pk-account-menu button.account').click();
        await page.getByRole('button', { name: 'خروج' }).click();
        await signInWithForm(page, 'hardware', 'staff-demo');
        await page.getByRole('alert').waitFor();
        await signInWithForm(page, 'hardware', 'new-secret-42');
        await page.getByRole('heading', { name: 'به پیشخوان خوش آمدید' }).waitFor();
      },
      { allowFailedRequests: loginRefused },
    ));
});
