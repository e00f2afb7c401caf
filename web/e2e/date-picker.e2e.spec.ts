import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';
import { persianDateText, tehranIsoDate } from './support/tehran-calendar.js';

const focused = (page: Page) => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label'), current: document.activeElement?.getAttribute('aria-current') }));

/** From the top of the page: skip link, then into the content, whose first control is the date field. */
async function tabToDateField(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
}

describe('Jalali date picker', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  it('given the keyboard only, when a day is picked in the Persian calendar, then the field and the form hold it', () =>
    app.withPage(async (page) => {
      await page.goto(app.url('/ui'));
      await page.getByLabel('تعویق تا').waitFor();
      await tabToDateField(page);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'INPUT');

      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: /[۰-۹]{4}/ });
      await dialog.waitFor();
      assert.equal((await focused(page)).current, 'date', 'today has the focus');
      assert.equal((await dialog.getByRole('columnheader').first().getAttribute('aria-label')), 'شنبه');

      await page.keyboard.press('ArrowLeft'); // right to left: tomorrow
      await page.keyboard.press('ArrowDown'); // a week later
      await page.keyboard.press('ArrowUp'); // back to tomorrow
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });

      const tomorrow = tehranIsoDate(1);
      assert.equal(await page.getByTestId('date-value').textContent(), tomorrow);
      assert.equal(await page.getByLabel('تعویق تا').inputValue(), persianDateText(tomorrow));
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup')), 'dialog', 'focus is back on the calendar button');
    }));

  it('given the keyboard only, when months are paged and the dialog is escaped, then nothing is chosen', () =>
    app.withPage(async (page) => {
      await page.goto(app.url('/ui'));
      await page.getByLabel('تعویق تا').waitFor();
      await tabToDateField(page);
      await page.keyboard.press('Alt+ArrowDown');
      const heading = page.locator('[role="dialog"] .heading');
      const thisMonth = await heading.textContent();
      // The calendar redraws on the next frame: read the heading once it has settled on a month.
      const headingWhen = async (settled: (text: string | null) => boolean) => {
        for (let attempt = 0; attempt < 40 && !settled(await heading.textContent()); attempt += 1) await page.waitForTimeout(50);
        return heading.textContent();
      };
      await page.keyboard.press('PageDown');
      assert.notEqual(await headingWhen((text) => text !== thisMonth), thisMonth);
      await page.keyboard.press('PageUp');
      assert.equal(await headingWhen((text) => text === thisMonth), thisMonth);
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('date-value').textContent(), 'خالی');
    }));

  it('given a date that does not exist, when typed, then the field explains it in the current language', () =>
    app.withPage(async (page) => {
      await page.goto(app.url('/ui'));
      const field = page.getByLabel('تعویق تا');
      await field.waitFor();
      await tabToDateField(page);
      await page.keyboard.type('۱۴۰۵/۱۲/۳۰');
      await page.keyboard.press('Enter');
      await page.getByText('این تاریخ در تقویم وجود ندارد.').waitFor();
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.equal((await page.getByTestId('date-validity').textContent())?.trim(), 'نامعتبر');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByText('This date does not exist in the calendar.').waitFor();
    }));

  it('given English, when a Gregorian date is typed, then the calendar opens on it in the Gregorian calendar', () =>
    app.withPage(
      async (page) => {
        await page.goto(app.url('/ui'));
        const field = page.getByLabel('Postpone until');
        await field.waitFor();
        const inAMonth = tehranIsoDate(30);
        await field.fill(inAMonth.replaceAll('-', '/'));
        await page.keyboard.press('Enter');
        // The app shows the parsed date a change-detection pass after the key: wait for it, then hold it to the day.
        await page.getByTestId('date-value').filter({ hasText: inAMonth }).waitFor();
        assert.equal(await page.getByTestId('date-value').textContent(), inAMonth);
        await page.keyboard.press('Alt+ArrowDown');
        await page.getByRole('dialog').waitFor();
        const label = (await focused(page)).label!;
        const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${inAMonth}T00:00:00Z`));
        assert.equal(label, expected);
      },
      { language: 'en' },
    ));
});
