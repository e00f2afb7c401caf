import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { CartablePage, CartablesResponse } from '../contract/cartable.js';
import type { CatalogueResponse } from '../contract/catalogue.js';
import type { RegisteredTicket } from '../contract/tickets.js';
import { apiSession, type ApiSession } from './support/api-session.js';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

/** `#rrggbb` as the browser reports a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

async function tabCount(page: Page, name: RegExp): Promise<string> {
  return (await page.getByRole('tab', { name }).getByTestId('tab-count').textContent())?.trim() ?? '';
}

describe('cartable', () => {
  let app: E2eApp;
  let operator: ApiSession;
  let vpnCategoryId: number;
  let registered = 0;

  before(async () => {
    app = await startE2eApp();
    operator = await apiSession(app.server.baseUrl, 'operator');
    const catalogue = await operator.get<CatalogueResponse>('/api/catalogue');
    vpnCategoryId = catalogue.categories.find((category) => category.level === 3 && /VPN/.test(category.nameEn))!.id;
  });
  after(async () => {
    await operator?.dispose();
    await app?.stop();
  });

  const register = (description: string) =>
    operator.post<RegisteredTicket>(
      '/api/tickets',
      { requester: { name: 'سارا کریمی', phone: '09121110000' }, categoryId: vpnCategoryId, priority: 'critical', subject: description, description },
      { 'Idempotency-Key': `cartable-e2e-${++registered}` },
    );

  it('given the network expert’s cartable open, when an operator registers a VPN request, then it appears without reload, coloured by its priority, and the count goes up', () =>
    app.withPage(
      async (page) => {
        await app.signIn(page, 'staff');
        await page.goto(app.url('/cartable'));
        await page.getByRole('heading', { name: 'Cartable', level: 1 }).waitFor();
        const tab = page.getByRole('tab', { name: /New/ });
        await tab.waitFor();
        await page.getByTestId('cartable-row').first().or(page.getByText('No requests here.')).waitFor();
        const before = Number(await tabCount(page, /New/));

        const ticket = await register('اتصال VPN از منزل برقرار نمی‌شود');
        const row = page.locator(`[data-testid="cartable-row"][data-tracking-code="${ticket.trackingCode}"]`);
        await row.waitFor({ timeout: 15_000 });
        await page.waitForFunction((expected) => document.querySelector('[role="tab"][data-tab="new"] [data-testid="tab-count"]')?.textContent?.trim() === expected, String(before + 1));
        assert.equal(await tab.getAttribute('aria-selected'), 'true');

        // The colour the API gives the priority is the row's.
        const me = await page.request.get(app.url('/api/cartables'));
        const positions = ((await me.json()) as CartablesResponse).positions;
        const held = positions.find((position) => position.held)!;
        const listed = (await (await page.request.get(app.url(`/api/cartables/${held.positionId}?tab=new&pageSize=200`))).json()) as CartablePage;
        const color = listed.items.find((item) => item.id === ticket.ticketId)!.priority!.color;
        assert.equal(await row.locator('td').first().evaluate((cell) => getComputedStyle(cell).borderInlineStartColor), rgb(color));
        assert.equal(await row.getAttribute('data-priority'), 'critical');
        assert.match((await row.textContent()) ?? '', /سارا کریمی/);
        assert.match((await row.textContent()) ?? '', /VPN/);

        // The tracking code leads to the ticket page.
        assert.equal(await row.getByRole('link', { name: ticket.trackingCode }).getAttribute('href'), `/tickets/${ticket.ticketId}`);
      },
      { language: 'en' },
    ));

  it('given the search box, when the ticket is searched with Arabic letters, then Persian normalization finds it; the category filter narrows the tab', () =>
    app.withPage(async (page) => {
      const ticket = await register('كابل شبكه طبقه دوم قطع است');
      await app.signIn(page, 'staff');
      await page.goto(app.url('/cartable'));
      await page.getByRole('tab', { name: /جدید/ }).waitFor();
      await page.getByRole('searchbox', { name: 'جست‌وجوی درخواست‌ها' }).fill('کابل شبکه');
      await page.getByRole('searchbox', { name: 'جست‌وجوی درخواست‌ها' }).press('Enter');
      await page.getByTestId('search-row').filter({ hasText: ticket.trackingCode }).waitFor();
      await page.getByRole('button', { name: 'پاک کردن جست‌وجو' }).click();
      await page.getByTestId('search-row').first().waitFor({ state: 'detached' });

      const other = (await page.getByLabel('دسته‌بندی').locator('option').allTextContents()).find((label) => !/VPN/.test(label) && label.includes('›'))!;
      await page.getByLabel('دسته‌بندی').selectOption({ label: other });
      await page.waitForURL(/categoryId=/);
      await page.getByText('درخواستی در این بخش نیست.').or(page.getByTestId('cartable-row').first()).waitFor();
      assert.equal(await page.locator(`[data-testid="cartable-row"][data-tracking-code="${ticket.trackingCode}"]`).count(), 0);
    }));

  it('given a supervisor, when the cartable opens, then the positions below his are listed with counts, and the tabs move with the arrow keys', () =>
    app.withPage(
      async (page) => {
        await app.signIn(page, 'supervisor');
        await page.goto(app.url('/cartable'));
        const positions = page.getByTestId('cartable-position');
        await positions.first().waitFor();
        assert.ok((await positions.count()) > 5, 'his subtree');
        await page.getByRole('tab', { name: /New/ }).focus();
        await page.keyboard.press('ArrowRight');
        await page.waitForURL(/tab=inProgress/);
        assert.equal(await page.getByRole('tab', { name: /In progress/ }).getAttribute('aria-selected'), 'true');
      },
      { language: 'en' },
    ));
});
