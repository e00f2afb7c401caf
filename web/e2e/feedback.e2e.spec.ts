import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CatalogueResponse } from '../contract/catalogue.js';
import type { AwaitingFeedbackPage } from '../contract/feedback.js';
import type { RegisteredTicket, TicketActionResult, TicketDetail } from '../contract/tickets.js';
import { apiSession, type ApiSession } from './support/api-session.js';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('feedback agents', () => {
  let app: E2eApp;
  let operator: ApiSession;
  let staff: ApiSession;
  let feedback: ApiSession;
  let auditor: ApiSession;
  let vpnCategoryId: number;

  before(async () => {
    app = await startE2eApp();
    const as = (name: string, index: number) => apiSession(app.server.baseUrl, name, undefined, `203.0.113.${20 + index}`);
    [operator, staff, feedback, auditor] = await Promise.all([as('operator', 0), as('staff', 1), as('feedback', 2), as('auditor', 3)]);
    const catalogue = await operator.get<CatalogueResponse>('/api/catalogue');
    vpnCategoryId = catalogue.categories.find((category) => category.level === 3 && /VPN/.test(category.nameEn))!.id;
  });
  after(async () => {
    await Promise.all([operator, staff, feedback, auditor].map((session) => session?.dispose()));
    await app?.stop();
  });

  /** A VPN request registered by the operator, started and resolved by the network expert, waiting for feedback. */
  async function resolvedTicket(resolution: string): Promise<RegisteredTicket> {
    const ticket = await operator.post<RegisteredTicket>('/api/tickets', { requester: { name: 'پرویز صالحی', phone: '09123334455' }, categoryId: vpnCategoryId, description: 'VPN وصل نمی‌شود' });
    await until('the routing', () => staff.get<TicketDetail>(`/api/tickets/${ticket.ticketId}`).catch(() => null), (detail) => detail?.allowedActions.includes('started') === true);
    await staff.post<TicketActionResult>(`/api/tickets/${ticket.ticketId}/start`, {});
    await staff.post<TicketActionResult>(`/api/tickets/${ticket.ticketId}/resolve`, { resolution });
    await until('the feedback task', () => feedback.get<AwaitingFeedbackPage>('/api/feedback/tickets?pageSize=200'), (page) => page.items.some((item) => item.id === ticket.ticketId));
    return ticket;
  }

  it('given a resolved ticket, when the agent records an unsatisfied answer from the keyboard, then it leaves the list and goes back for rework', async () => {
    const ticket = await resolvedTicket('پروفایل VPN دوباره نصب شد');
    await app.withPage(
      async (page) => {
        await app.signIn(page, 'feedback');
        await page.goto(app.url('/cartable'));
        await page.getByRole('link', { name: 'Feedback on resolved requests' }).click();
        await page.getByRole('heading', { name: 'Feedback on resolved requests', level: 1 }).waitFor();
        const card = page.getByRole('article').filter({ hasText: ticket.trackingCode });
        await card.waitFor();
        assert.match((await card.textContent()) ?? '', /پروفایل VPN دوباره نصب شد/);
        assert.match((await card.textContent()) ?? '', /پرویز صالحی/);
        assert.match((await card.getByRole('link', { name: /\+98|0912/ }).textContent()) ?? '', /3334455/);

        // Recording without a score is refused on the spot.
        await card.getByRole('button', { name: 'Record feedback' }).click();
        await card.getByRole('alert').filter({ hasText: 'Choose a satisfaction' }).waitFor();

        // The radio group from the keyboard: focus the first, arrow to the second.
        await card.getByRole('radio', { name: /Very dissatisfied/ }).focus();
        await page.keyboard.press('Space');
        await page.keyboard.press(await page.evaluate(() => (document.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight')));
        assert.equal(await card.getByRole('radio', { name: /^2/ }).isChecked(), true);
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowRight');
        await card.getByRole('radio', { name: /Very dissatisfied/ }).check();
        await card.getByLabel('Requester’s comment').fill('هنوز قطع می‌شود');
        await card.getByLabel('Requester’s comment').press('Tab');
        await page.keyboard.press('Enter');

        await page.getByTestId('feedback-notice').filter({ hasText: `Feedback on ${ticket.trackingCode} recorded; the request went back for rework.` }).waitFor();
        await card.waitFor({ state: 'detached' });
      },
      { language: 'en' },
    );
    const detail = await auditor.get<TicketDetail>(`/api/tickets/${ticket.ticketId}`);
    assert.notEqual(detail.status, 'resolved');
    assert.notEqual(detail.status, 'closed');
    const feedbackEntry = detail.history.find((entry) => entry.kind === 'feedback');
    assert.deepEqual(feedbackEntry?.details.response, { kind: 'answered', score: 1, comment: 'هنوز قطع می‌شود' });
    assert.ok(detail.history.some((entry) => entry.kind === 'reopened'), 'reopened for rework');
    const listed = await feedback.get<AwaitingFeedbackPage>('/api/feedback/tickets?pageSize=200');
    assert.ok(!listed.items.some((item) => item.id === ticket.ticketId));
  });

  it('given a resolved ticket, when nobody answers, then the attempt is recorded in Persian and the ticket waits off the list', async () => {
    const ticket = await resolvedTicket('کابل شبکه تعویض شد');
    await app.withPage(async (page) => {
      await app.signIn(page, 'feedback');
      await page.goto(app.url('/cartable/feedback'));
      const card = page.getByRole('article').filter({ hasText: ticket.trackingCode });
      await card.getByRole('button', { name: 'پاسخ نداد' }).click();
      await page.getByTestId('feedback-notice').filter({ hasText: `تماس بی‌پاسخ برای درخواست ${ticket.trackingCode} ثبت شد.` }).waitFor();
      await card.waitFor({ state: 'detached' });
    });
    const detail = await auditor.get<TicketDetail>(`/api/tickets/${ticket.ticketId}`);
    assert.equal(detail.status, 'resolved');
    assert.equal(detail.history.filter((entry) => entry.kind === 'feedback').length, 1);
  });

  it('given two agents on the same ticket, when the second records after the first, then the conflict is told in her language and nothing is recorded twice', async () => {
    const ticket = await resolvedTicket('مودم تعویض شد');
    const other = await apiSession(app.server.baseUrl, 'feedback2', 'staff-demo', '203.0.113.40');
    try {
      await app.withPage(
        async (page) => {
          await app.signIn(page, 'feedback');
          await page.goto(app.url('/cartable/feedback'));
          const card = page.getByRole('article').filter({ hasText: ticket.trackingCode });
          await card.waitFor();
          // The card has read the ticket's version; meanwhile a colleague calls and nobody answers.
          await page.waitForLoadState('networkidle');
          await other.post(`/api/tickets/${ticket.ticketId}/feedback`, { response: { kind: 'noAnswer' } });
          await card.getByRole('radio', { name: /خیلی راضی/ }).check();
          await card.getByRole('button', { name: 'ثبت نظر' }).click();
          await card.getByRole('alert').filter({ hasText: 'این درخواست در این فاصله تغییر کرده است' }).waitFor();
        },
        { allowFailedRequests: [{ status: 422, path: /^\/api\/tickets\/\d+\/feedback$/ }] },
      );
    } finally {
      await other.dispose();
    }
    const detail = await auditor.get<TicketDetail>(`/api/tickets/${ticket.ticketId}`);
    assert.equal(detail.history.filter((entry) => entry.kind === 'feedback').length, 1, 'only the colleague’s attempt');
    assert.equal(detail.status, 'resolved');
  });
});
