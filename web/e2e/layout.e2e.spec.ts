import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';
import { persianYearNow } from './support/tehran-calendar.js';

const htmlAttributes = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const left = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.x;

describe('layout in both languages', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  it('given a first visit, when the status page opens, then it is Persian, right to left, with Persian digits and a Jalali date', () =>
    app.withPage(async (page) => {
      await page.goto(app.url('/status'));
      await page.getByTestId('checked-at').waitFor();
      assert.deepEqual(await htmlAttributes(page), ['fa', 'rtl']);
      assert.equal(await page.locator('header .name').textContent(), 'پیشخوان');
      assert.ok((await left(page, 'pk-main-nav')) > (await left(page, 'main')), 'the navigation sits on the right');
      const checkedAt = (await page.getByTestId('checked-at').textContent())!;
      assert.match(checkedAt, /آخرین بررسی: [۰-۹]{1,2} (فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) [۰-۹]{4}، ساعت [۰-۹]{2}:[۰-۹]{2}/);
      assert.ok(checkedAt.includes(persianYearNow()), `${checkedAt} shows this Jalali year`);
      assert.doesNotMatch(checkedAt, /[0-9]/, 'no Latin digits');
      assert.equal(await page.title(), 'وضعیت سامانه | پیشخوان');
    }));

  it('given Persian, when English is chosen, then the page turns left to right with Gregorian dates without reloading, and stays English', () =>
    app.withPage(async (page) => {
      await page.goto(app.url('/status'));
      await page.getByTestId('checked-at').waitFor();
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'System status' }).waitFor();
      assert.equal(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true, 'the page was not reloaded');
      assert.deepEqual(await htmlAttributes(page), ['en', 'ltr']);
      assert.ok((await left(page, 'pk-main-nav')) < (await left(page, 'main')), 'the navigation sits on the left');
      const year = String(new Date().getUTCFullYear());
      assert.match((await page.getByTestId('checked-at').textContent())!, new RegExp(`Last checked: \\d{1,2} [A-Z][a-z]{2} (${year}|${Number(year) + 1}), \\d{2}:\\d{2}`));
      assert.equal(await page.title(), 'System status | Pishkhan');

      await page.reload();
      await page.getByRole('heading', { name: 'System status' }).waitFor();
      assert.deepEqual(await htmlAttributes(page), ['en', 'ltr']);
      await page.getByRole('button', { name: 'فارسی' }).click();
      await page.getByRole('heading', { name: 'وضعیت سامانه' }).waitFor();
      assert.deepEqual(await htmlAttributes(page), ['fa', 'rtl']);
    }));

  it('given the keyboard only, when the skip link and the navigation are used, then focus is visible and reaches the content', () =>
    app.withPage(async (page) => {
      await page.goto(app.url('/'));
      await page.getByRole('heading', { name: 'به پیشخوان خوش آمدید' }).waitFor();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'رفتن به محتوای اصلی' });
      assert.equal(await skip.evaluate((element) => element === document.activeElement), true);
      assert.ok((await skip.boundingBox())!.y >= 0, 'the focused skip link is on screen');
      assert.notEqual(await skip.evaluate((element) => getComputedStyle(element).outlineStyle), 'none', 'focus is visible');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');

      const statusLink = page.getByRole('navigation').getByRole('link', { name: 'وضعیت سامانه' });
      await statusLink.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'وضعیت سامانه', level: 1 }).waitFor();
      assert.equal(await statusLink.getAttribute('aria-current'), 'page');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content', 'focus moves to the new page');
    }));
});
