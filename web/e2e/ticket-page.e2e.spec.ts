import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { CatalogueResponse } from '../contract/catalogue.js';
import type { CallerCard } from '../contract/telephony.js';
import type { RegisteredTicket, TicketDetail } from '../contract/tickets.js';
import { apiAs } from './support/api-as.js';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

/** A Jalali date some days from now, as typed in the date picker: `1405/10/02`. */
function jalaliDaysAhead(days: number): string {
  const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.now() + days * 86_400_000));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').replace(/\D/g, '')}/${part('month')}/${part('day')}`;
}

/** The diagram's elements marked as where the ticket waits now. */
const activeElements = (page: Page) => page.locator('pk-process-diagram .pk-path-active[data-element-id]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-element-id')).sort());

describe('ticket page', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  /** An operator registers Mina Asadi's VPN problem; it is routed to the network expert (علی رضایی, `staff`). */
  async function registerVpnTicket(page: Page): Promise<number> {
    await app.signIn(page, 'operator');
    const base = app.server.baseUrl;
    const mina = await apiAs<CallerCard>(page, base, 'GET', '/api/telephony/callers/09123346071');
    const catalogue = await apiAs<CatalogueResponse>(page, base, 'GET', '/api/catalogue');
    const vpn = catalogue.categories.find((category) => category.nameEn === 'VPN connection');
    assert.ok(mina.person && vpn);
    const registered = await apiAs<RegisteredTicket>(page, base, 'POST', '/api/tickets', { requester: { personId: mina.person.id }, categoryId: vpn.id, description: 'VPN از خانه وصل نمی‌شود' });
    for (let attempt = 0; attempt < 100; attempt++) {
      const detail = await apiAs<TicketDetail>(page, base, 'GET', `/api/tickets/${registered.ticketId}`);
      if (detail.status === 'routed') return registered.ticketId;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the ticket was not routed');
  }

  async function staffPage(page: Page, username: string, ticketId: number): Promise<void> {
    await page.context().clearCookies();
    await app.signIn(page, username);
    await page.goto(app.url(`/tickets/${ticketId}`));
    await page.getByTestId('ticket-tracking-code').waitFor();
  }

  it('given a routed ticket, when its network expert starts, postpones, starts again and refers it, and the hardware expert resolves it, then status, timeline (actor, post, Jalali time) and the diagram’s current step follow, live when the change comes from elsewhere', () =>
    app.withPage(async (page) => {
      const ticketId = await registerVpnTicket(page);
      await staffPage(page, 'staff', ticketId);
      const status = page.getByTestId('ticket-status');
      await status.filter({ hasText: 'در کارتابل' }).waitFor();
      await page.getByTestId('ticket-holders').filter({ hasText: 'کارشناس شبکه (تهران)' }).waitFor();
      await page.getByTestId('sla-response').waitFor();
      await page.getByTestId('timeline-entry').and(page.locator('[data-kind=routed]')).filter({ hasText: 'کارشناس شبکه (تهران)' }).waitFor();
      await page.locator('pk-process-diagram .pk-path-active[data-element-id=Task_handle]').waitFor();

      // Started in another session of the same expert: this page follows live.
      const elsewhere = await app.browser.newContext({ timezoneId: 'UTC' });
      try {
        const other = await elsewhere.newPage();
        await app.signIn(other, 'staff');
        await apiAs(other, app.server.baseUrl, 'POST', `/api/tickets/${ticketId}/start`, {});
      } finally {
        await elsewhere.close();
      }
      await status.filter({ hasText: 'در حال رسیدگی' }).waitFor();
      const started = page.getByTestId('timeline-entry').and(page.locator('[data-kind=started]'));
      await started.filter({ hasText: 'علی رضایی' }).filter({ hasText: 'کارشناس شبکه (تهران)' }).waitFor();
      assert.match((await started.locator('time').textContent()) ?? '', /[۰-۹]+ (فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) [۰-۹]{4}/, 'the time is Jalali in Persian digits');

      await page.getByRole('button', { name: 'موکول کردن' }).click();
      const postpone = page.locator('#ticket-form-postpone');
      await postpone.getByLabel('موکول تا تاریخ').fill(jalaliDaysAhead(20));
      await postpone.getByLabel('موکول تا تاریخ').press('Tab');
      await postpone.getByLabel('ساعت').fill('09:30');
      await postpone.getByLabel('دلیل').fill('قطعهٔ مودم هنوز نرسیده');
      await postpone.getByRole('button', { name: 'موکول کن' }).click();
      await status.filter({ hasText: 'موکول‌شده' }).waitFor();
      await page.getByTestId('ticket-postponed-until').filter({ hasText: 'ساعت ۰۹:۳۰' }).waitFor();
      await page.getByTestId('timeline-entry').and(page.locator('[data-kind=postponed]')).filter({ hasText: 'قطعهٔ مودم هنوز نرسیده' }).waitFor();
      await page.waitForFunction(() => document.querySelector('pk-process-diagram .pk-path-active[data-element-id=Task_handle]') === null);
      assert.ok((await activeElements(page)).length > 0, 'the diagram marks where the postponed ticket waits');

      await page.getByRole('button', { name: 'شروع رسیدگی' }).click();
      await status.filter({ hasText: 'در حال رسیدگی' }).waitFor();
      await page.locator('pk-process-diagram .pk-path-active[data-element-id=Task_handle]').waitFor();

      await page.getByRole('button', { name: 'ارجاع', exact: true }).click();
      const refer = page.locator('#ticket-form-refer');
      await refer.getByLabel('جست‌وجوی جایگاه').fill('سخت‌افزار');
      await refer.getByRole('treeitem', { name: /کارشناس سخت‌افزار/ }).click();
      await refer.getByRole('button', { name: 'افزودن جایگاه انتخاب‌شده' }).click();
      await refer.getByTestId('refer-chosen').filter({ hasText: 'کارشناس سخت‌افزار' }).waitFor();
      await refer.getByLabel('توضیح ارجاع').fill('مودم باید تعویض شود');
      await refer.getByRole('button', { name: 'ارجاع', exact: true }).click();
      await page.getByTestId('timeline-entry').and(page.locator('[data-kind=referred]')).filter({ hasText: 'به: کارشناس سخت‌افزار' }).filter({ hasText: 'مودم باید تعویض شود' }).waitFor();
      await page.getByTestId('ticket-holders').filter({ hasText: 'کارشناس سخت‌افزار' }).waitFor();

      // The hardware expert now holds it and resolves it.
      const other = await app.browser.newContext({ timezoneId: 'UTC' });
      try {
        const hardware = await other.newPage();
        await app.signIn(hardware, 'hardware', 'staff-demo');
        await hardware.goto(app.url(`/tickets/${ticketId}`));
        await hardware.getByRole('button', { name: 'حل درخواست' }).click();
        await hardware.getByLabel('شرح راه‌حل').fill('مودم تعویض شد و VPN وصل است');
        await hardware.getByRole('button', { name: 'اعلام حل' }).click();
        await hardware.getByTestId('ticket-status').filter({ hasText: 'حل‌شده' }).waitFor();
      } finally {
        await other.close();
      }
      await page.reload();
      await status.filter({ hasText: 'حل‌شده' }).waitFor();
      await page.getByTestId('timeline-entry').and(page.locator('[data-kind=resolved]')).filter({ hasText: 'مودم تعویض شد و VPN وصل است' }).filter({ hasText: 'جواد مرادی' }).waitFor();
      await page.waitForFunction(() => document.querySelector('pk-process-diagram .pk-path-active[data-element-id=Task_handle]') === null);
    }));

  it('given a page that missed a change, when its user acts on the old version, then the conflict is said plainly and the latest state is shown', () =>
    app.withPage(
      async (page) => {
        const ticketId = await registerVpnTicket(page);
        // No live events on this page: it cannot learn of the change by itself.
        await page.route('**/api/events', (route) => route.fulfill({ status: 204, body: '' }));
        await staffPage(page, 'staff', ticketId);
        await apiAs(page, app.server.baseUrl, 'POST', `/api/tickets/${ticketId}/notes`, { text: 'یادداشت از جای دیگر' });

        await page.getByRole('button', { name: 'یادداشت داخلی' }).click();
        await page.locator('#ticket-text-note').fill('یادداشت دیرهنگام');
        await page.getByRole('button', { name: 'ثبت یادداشت' }).click();
        await page.getByTestId('ticket-conflict').waitFor();
        await page.getByTestId('timeline-entry').filter({ hasText: 'یادداشت از جای دیگر' }).waitFor();
        assert.equal(await page.getByTestId('timeline-entry').filter({ hasText: 'یادداشت دیرهنگام' }).count(), 0);

        // The form kept what was typed; sent again, it goes through on the version now shown.
        assert.equal(await page.locator('#ticket-text-note').inputValue(), 'یادداشت دیرهنگام');
        await page.getByRole('button', { name: 'ثبت یادداشت' }).click();
        await page.getByTestId('timeline-entry').filter({ hasText: 'یادداشت دیرهنگام' }).filter({ hasText: 'یادداشت داخلی' }).waitFor();
      },
      { allowFailedRequests: [{ status: 422, path: /^\/api\/tickets\/\d+\/notes$/ }] },
    ));
});
