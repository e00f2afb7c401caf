import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

const latinDigits = (text: string) => text.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit)));

/**
 * The whole journey of issue 4: a caller's request registered in the operator console appears live
 * in the network expert's cartable; he refers it to the hardware expert, who resolves it; the
 * requester is unsatisfied on the feedback call, so it goes back to the head of network and hardware
 * (the resolver's senior); anyone with the code and the caller's phone tracks the whole history.
 */
describe('a request’s journey', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  /** A second signed-in browser beside the test's page, closed afterwards. */
  async function asUser<T>(username: string, password: string, work: (page: Page) => Promise<T>): Promise<T> {
    const context: BrowserContext = await app.browser.newContext({ timezoneId: 'UTC' });
    const problems: string[] = [];
    context.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await app.signIn(page, username, password);
      const result = await work(page);
      assert.deepEqual(problems, [], `${username}'s browser reported no errors`);
      return result;
    } finally {
      await context.close();
    }
  }

  it('given the network expert’s cartable open, when the operator registers a VPN request, then it arrives live, is referred, resolved, found unsatisfying, lands with the senior, and its public tracking shows every step', () =>
    app.withPage(async (expert) => {
      expert.setDefaultTimeout(15_000);
      await app.signIn(expert, 'staff');
      await expert.goto(app.url('/cartable'));
      await expert.getByRole('tab', { name: /جدید/ }).waitFor();

      // The operator takes the call and registers from the keyboard.
      const code = await asUser('operator', 'operator-demo', async (operator) => {
        await operator.goto(app.url('/operator-console'));
        await operator.waitForFunction(() => document.activeElement?.id === 'op-phone');
        await operator.keyboard.type('۰۹۱۲۳۳۴۶۰۷۱');
        await operator.keyboard.press('Enter');
        await operator.getByTestId('caller-name').filter({ hasText: 'مینا اسدی' }).waitFor();
        await operator.waitForFunction(() => document.activeElement?.id === 'op-category');
        await operator.keyboard.type('اتصال vpn');
        await operator.getByRole('option', { name: /اتصال VPN/ }).waitFor();
        await operator.keyboard.press('Enter');
        await operator.keyboard.press('Enter');
        await operator.keyboard.type('VPN از خانه وصل نمی‌شود');
        await operator.keyboard.press('Control+Enter');
        return latinDigits((await operator.getByTestId('tracking-code').textContent())?.trim() ?? '');
      });
      assert.match(code, /^\d+$/);

      // It arrives in the expert's cartable without a reload; he opens it and refers it.
      const row = expert.locator(`[data-testid="cartable-row"][data-tracking-code="${code}"]`);
      await row.waitFor();
      await row.getByRole('link').first().click();
      await expert.waitForURL(/\/tickets\/\d+$/);
      const ticketPath = new URL(expert.url()).pathname;
      await expert.getByRole('button', { name: 'ارجاع', exact: true }).click();
      const refer = expert.locator('#ticket-form-refer');
      await refer.getByLabel('جست‌وجوی جایگاه').fill('سخت‌افزار');
      await refer.getByRole('treeitem', { name: /کارشناس سخت‌افزار/ }).click();
      await refer.getByRole('button', { name: 'افزودن جایگاه انتخاب‌شده' }).click();
      await refer.getByLabel('توضیح ارجاع').fill('مودم کاربر بررسی شود');
      await refer.getByRole('button', { name: 'ارجاع', exact: true }).click();
      await expert.getByTestId('timeline-entry').and(expert.locator('[data-kind=referred]')).waitFor();

      // The hardware expert finds it in his cartable and resolves it.
      await asUser('hardware', 'staff-demo', async (hardware) => {
        await hardware.goto(app.url('/cartable'));
        await hardware.locator(`[data-testid="cartable-row"][data-tracking-code="${code}"]`).waitFor();
        await hardware.goto(app.url(ticketPath));
        await hardware.getByRole('button', { name: 'حل درخواست' }).click();
        await hardware.getByLabel('شرح راه‌حل').fill('تنظیمات VPN مودم اصلاح شد');
        await hardware.getByRole('button', { name: 'اعلام حل' }).click();
        await hardware.getByTestId('ticket-status').filter({ hasText: 'حل‌شده' }).waitFor();
      });

      // The feedback agent calls: the requester is very dissatisfied.
      await asUser('feedback', 'feedback-demo', async (agent) => {
        await agent.goto(app.url('/cartable/feedback'));
        const card = agent.getByRole('article').filter({ hasText: code });
        await card.waitFor();
        await card.getByRole('radio', { name: /خیلی ناراضی/ }).check();
        await card.getByRole('button', { name: 'ثبت نظر' }).click();
        await agent.getByTestId('feedback-notice').filter({ hasText: code }).waitFor();
      });

      // Back for rework with the head of network and hardware, the resolver's senior.
      await asUser('netlead', 'staff-demo', async (senior) => {
        await senior.goto(app.url('/cartable'));
        const position = senior.getByTestId('cartable-position').filter({ hasText: 'رئیس اداره شبکه و سخت‌افزار' });
        await position.first().click();
        await senior.locator(`[data-testid="cartable-row"][data-tracking-code="${code}"]`).waitFor();
      });

      // Anyone with the code and the caller's phone sees the whole history.
      await asUser('requester', 'requester-demo', async (visitor) => {
        await visitor.context().clearCookies();
        await visitor.goto(app.url(`/track?code=${code}`));
        await visitor.getByLabel('شمارهٔ تلفن').fill('09123346071');
        await visitor.getByRole('button', { name: 'پیگیری' }).click();
        const steps = visitor.getByTestId('track-result').getByTestId('track-step');
        for (const step of ['درخواست ثبت شد', 'به کارشناس دیگری ارجاع شد', 'درخواست حل شد', 'نظر شما ثبت شد', 'برای رسیدگی دوباره باز شد']) {
          await steps.filter({ hasText: step }).first().waitFor();
        }
        await steps.filter({ hasText: 'تنظیمات VPN مودم اصلاح شد' }).waitFor();
      });
    }));
});
