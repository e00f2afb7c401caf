import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TicketDetail } from '../contract/tickets.js';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

/** The first bytes of a PNG, which the server checks against the declared type. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('requester portal and public tracking', () => {
  let app: E2eApp;
  before(async () => (app = await startE2eApp()));
  after(() => app?.stop());

  it('given a requester, when she submits a request with an attachment, then she sees its tracking code, its file and history, and finds it among her open requests; then anyone may track it by code and phone, and a wrong phone learns nothing', async () => {
    let ticketId = 0;
    let trackingCode = '';
    let phone = '';
    await app.withPage(
      async (page) => {
        await app.signIn(page, 'requester');
        await page.goto(app.url('/portal'));
        await page.getByRole('heading', { name: 'My requests', level: 1 }).waitFor();
        await page.getByRole('link', { name: 'New request' }).click();
        await page.getByRole('heading', { name: 'Submit a new request' }).waitFor();

        // Nothing chosen: the form says what is missing and sends nothing.
        await page.getByRole('button', { name: 'Submit request' }).click();
        await page.getByText('Choose a system.').waitFor();
        await page.getByText('Describe your request.').waitFor();

        const system = page.getByLabel('System');
        await page.waitForFunction(() => document.querySelectorAll('#new-level1 option').length > 1);
        await system.selectOption({ index: 1 });
        await page.getByLabel('Subsystem').selectOption({ index: 1 });
        const topic = page.getByLabel('Topic');
        if ((await topic.count()) > 0) await topic.selectOption({ index: 1 });
        await page.getByLabel('Title (optional)').fill('چاپ فیش حقوقی');
        await page.getByLabel('Description').fill('فیش حقوقی آبان چاپ نمی‌شود و پیغام خطا می‌دهد.');

        // A program is refused before it is sent; the screenshot goes.
        await page.getByLabel('Attachments').setInputFiles([
          { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
          { name: 'screenshot.png', mimeType: 'image/png', buffer: PNG },
        ]);
        const refused = page.getByTestId('chosen-file').filter({ hasText: 'setup.exe' });
        await refused.getByText('this type of file is not accepted.').waitFor();
        await refused.getByRole('button', { name: 'Remove setup.exe' }).click();
        await refused.waitFor({ state: 'detached' });
        assert.equal(await page.getByTestId('chosen-file').count(), 1);

        await page.getByRole('button', { name: 'Submit request' }).click();
        await page.waitForURL(/\/portal\/requests\/\d+/);
        ticketId = Number(/\/portal\/requests\/(\d+)/.exec(page.url())![1]);
        trackingCode = (await page.getByTestId('request-tracking-code').textContent())!.trim();
        assert.match(trackingCode, /^\d{8}$/);
        await page.getByTestId('registered-notice').filter({ hasText: trackingCode }).waitFor();
        await page.getByTestId('request-file').filter({ hasText: 'screenshot.png' }).waitFor();
        await page.getByTestId('history-entry').filter({ hasText: 'Request registered' }).waitFor();

        await page.getByRole('link', { name: 'My requests' }).click();
        await page.getByTestId('my-request').filter({ hasText: trackingCode }).waitFor();
        assert.match((await page.getByTestId('portal-group').filter({ hasText: 'Open' }).textContent()) ?? '', /[1-9]/);

        const detail = (await (await page.request.get(app.url(`/api/tickets/${ticketId}`))).json()) as TicketDetail;
        phone = detail.requester.phone!;
        assert.equal(detail.attachments[0]?.fileName, 'screenshot.png');
        assert.equal(detail.channel, 'portal');
      },
      { language: 'en' },
    );

    // Tracking is public: a fresh browser, nobody signed in, in Persian.
    await app.withPage(
      async (page) => {
        await page.goto(app.url(`/track?code=${trackingCode}`));
        await page.getByRole('heading', { name: 'پیگیری درخواست', level: 1 }).waitFor();
        assert.equal(await page.getByLabel('کد پیگیری').inputValue(), trackingCode);

        await page.getByLabel('شمارهٔ تلفن').fill('09350000000');
        await page.getByRole('button', { name: 'پیگیری' }).click();
        await page.getByRole('alert').filter({ hasText: 'درخواستی با این کد پیگیری و این شمارهٔ تلفن پیدا نشد' }).waitFor();
        assert.equal(await page.getByTestId('track-result').count(), 0);
        assert.equal(await page.getByText('چاپ فیش حقوقی').count(), 0, 'not even the subject');

        await page.getByLabel('شمارهٔ تلفن').fill(phone);
        await page.getByRole('button', { name: 'پیگیری' }).click();
        const result = page.getByTestId('track-result');
        await result.waitFor();
        assert.match((await result.textContent()) ?? '', /چاپ فیش حقوقی/);
        await result.getByTestId('track-step').filter({ hasText: 'درخواست ثبت شد' }).waitFor();
        assert.equal(await page.getByTestId('track-not-found').count(), 0);
      },
      { allowFailedRequests: [{ status: 404, path: '/api/track' }] },
    );
  });

  it('given a requester’s request with a question from the expert, when she answers it on the portal, then the answer is in its history', async () => {
    await app.withPage(
      async (page) => {
        await app.signIn(page, 'requester');
        // Register through the API as she would, then the expert asks (through the API, as staff).
        const xsrf = async () => (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
        await page.goto(app.url('/portal'));
        const catalogue = (await (await page.request.get(app.url('/api/catalogue'))).json()) as { categories: Array<{ id: number; nameEn: string; level: number }> };
        const vpn = catalogue.categories.find((category) => category.level === 3 && /VPN/.test(category.nameEn))!;
        const registered = await page.request.post(app.url('/api/tickets'), { data: { categoryId: vpn.id, description: 'VPN از خانه وصل نمی‌شود' }, headers: { 'X-XSRF-TOKEN': await xsrf() } });
        assert.equal(registered.status(), 201, await registered.text());
        const { ticketId } = (await registered.json()) as { ticketId: number };

        const staff = await page.context().browser()!.newContext({ baseURL: app.server.baseUrl, extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.77' } });
        try {
          const login = await staff.request.post('/api/auth/login', { data: { username: 'staff', password: 'staff-demo' } });
          assert.ok(login.ok());
          const staffXsrf = (await staff.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
          const deadline = Date.now() + 15_000;
          for (;;) {
            const seen = await staff.request.get(`/api/tickets/${ticketId}`);
            if (seen.ok() && ((await seen.json()) as TicketDetail).allowedActions.includes('started')) break;
            assert.ok(Date.now() < deadline, 'routed to the network expert');
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
          const started = await staff.request.post(`/api/tickets/${ticketId}/start`, { data: {}, headers: { 'X-XSRF-TOKEN': staffXsrf } });
          assert.ok(started.ok(), await started.text());
          const asked = await staff.request.post(`/api/tickets/${ticketId}/information-requests`, { data: { question: 'از کدام اینترنت استفاده می‌کنید؟' }, headers: { 'X-XSRF-TOKEN': staffXsrf } });
          assert.ok(asked.ok(), await asked.text());
        } finally {
          await staff.close();
        }

        await page.goto(app.url(`/portal/requests/${ticketId}`));
        await page.getByText('از کدام اینترنت استفاده می‌کنید؟').first().waitFor();
        assert.equal((await page.getByTestId('request-status').textContent())?.trim(), 'Waiting for your answer');
        await page.getByLabel('Your answer').fill('اینترنت خانگی فیبر نوری');
        await page.getByRole('button', { name: 'Send answer' }).click();
        await page.getByText('Your answer was sent.').waitFor();
        await page.getByTestId('history-entry').filter({ hasText: 'اینترنت خانگی فیبر نوری' }).waitFor();
      },
      { language: 'en' },
    );
  });
});
