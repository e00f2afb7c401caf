import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import type { RegisteredTicket, TicketActionResult, TicketDetail } from '../../contract/tickets.js';
import type { ApiClient } from '../test-support/api-client.js';
import { startTicketApi, uploadFile, type TicketApi } from './test-support/start-ticket-api.js';

type Problems = { error: string; code?: string; message?: string; problems?: Array<{ field: string; messageKey: string; message: string }> };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe('/api/tickets', () => {
  let api: TicketApi;
  let operator: ApiClient;
  let netstaff: ApiClient;
  let netsuper: ApiClient;
  let swstaff: ApiClient;
  let feedback: ApiClient;
  let requester: ApiClient;
  let requester2: ApiClient;
  let auditor: ApiClient;

  before(async () => {
    api = await startTicketApi(await createTestDatabase());
    [operator, netstaff, netsuper, swstaff] = await Promise.all([api.as('operator'), api.as('netstaff'), api.as('netsuper'), api.as('swstaff')]);
    [feedback, requester, requester2, auditor] = await Promise.all([api.as('feedback'), api.as('requester'), api.as('requester2'), api.as('auditor')]);
  });
  after(() => api.close());

  const registerNetworkTicket = async (client: ApiClient = operator, headers: Record<string, string> = {}) => {
    const answer = await client.post<RegisteredTicket>('/api/tickets', { requester: { personId: api.org.people.requester }, categoryId: api.org.categories.network, description: 'اینترنت طبقه سوم قطع است' }, { headers });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    await api.settle();
    return answer.body;
  };
  const detail = (client: ApiClient, ticketId: number) => client.get<TicketDetail>(`/api/tickets/${ticketId}`);
  const act = async (client: ApiClient, ticketId: number, action: string, body: unknown = {}) => {
    const answer = await client.post<TicketActionResult & Problems>(`/api/tickets/${ticketId}/${action}`, body);
    await api.settle();
    return answer;
  };

  it('given an operator, when a ticket is registered, then it is routed to the network expert’s cartable and its history names who did what and when', async () => {
    const { ticketId, trackingCode, status } = await registerNetworkTicket();
    assert.equal(status, 'registered');
    assert.match(trackingCode, /^[1-9]\d{7}$/);
    const answer = await detail(netstaff, ticketId);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.status, 'routed');
    assert.deepEqual(answer.body.holdingPositionIds, [api.org.positions.networkExpert]);
    assert.deepEqual(answer.body.history.map((entry) => [entry.kind, entry.actor.kind, entry.actor.name]), [['registered', 'staff', 'operator'], ['routed', 'system', null]]);
    assert.ok(answer.body.allowedActions.includes('started'));
    assert.equal(answer.body.sla?.resolution.state, 'running');
  });

  it('given a staff member outside the ticket’s cartables, when they read or act on it, then it does not exist for them; its requester and the auditor may read it', async () => {
    const { ticketId } = await registerNetworkTicket();
    assert.equal((await detail(swstaff, ticketId)).status, 404);
    assert.equal((await act(swstaff, ticketId, 'start')).status, 404);
    assert.equal((await act(swstaff, ticketId, 'notes', { text: 'x' })).status, 404);
    assert.equal((await detail(requester2, ticketId)).status, 404);
    assert.equal((await detail(requester, ticketId)).status, 200);
    assert.equal((await detail(auditor, ticketId)).status, 200);
    assert.equal((await act(auditor, ticketId, 'start')).status, 403, 'auditors read, they do not act');
    assert.equal((await api.client().get(`/api/tickets/${ticketId}`)).status, 401);
  });

  it('given the expert and their supervisor, when they act, then both may; the requester may only answer and add public notes', async () => {
    const { ticketId } = await registerNetworkTicket();
    assert.equal((await act(netstaff, ticketId, 'start')).status, 200);
    assert.equal((await act(netsuper, ticketId, 'notes', { text: 'پیگیری شد', visibleToRequester: false })).status, 200, 'the supervisor of the subtree');
    assert.equal((await act(requester, ticketId, 'resolve', { resolution: 'x' })).status, 403);
    assert.equal((await act(netstaff, ticketId, 'information-requests', { question: 'کدام اتاق؟' })).status, 200);
    assert.equal((await act(requester, ticketId, 'information', { answer: 'اتاق ۳۰۴' })).status, 200);
    const seen = await detail(requester, ticketId);
    assert.ok(!seen.body.history.some((entry) => entry.kind === 'noted'), 'the private note is hidden from her');
    assert.deepEqual(seen.body.allowedActions, ['noted']);
    assert.equal((await detail(netstaff, ticketId)).body.status, 'inProgress', 'back in the cartable');
  });

  it('given a resolved ticket, when the feedback agent records satisfaction, then it closes; staff may not record feedback', async () => {
    const { ticketId } = await registerNetworkTicket();
    await act(netstaff, ticketId, 'start');
    assert.equal((await act(netstaff, ticketId, 'resolve', { resolution: 'سوییچ طبقه راه‌اندازی مجدد شد' })).body.status, 'resolved');
    assert.equal((await act(netstaff, ticketId, 'feedback', { response: { kind: 'answered', score: 5, comment: null } })).status, 403);
    const recorded = await act(feedback, ticketId, 'feedback', { response: { kind: 'answered', score: 5, comment: 'عالی' } });
    assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
    assert.equal(recorded.body.status, 'closed');
    assert.equal((await detail(auditor, ticketId)).body.closeReason, 'satisfied');
  });

  it('given invalid input, when registering, then each field is named with a message in the caller’s language', async () => {
    const persian = await operator.post<Problems>('/api/tickets', { requester: { name: 'علی', phone: '12' }, categoryId: api.org.categories.network, description: ' ' });
    assert.equal(persian.status, 400);
    assert.deepEqual(persian.body.problems?.map((problem) => problem.field).sort(), ['description', 'requester.phone']);
    assert.equal(persian.body.problems?.find((problem) => problem.field === 'description')?.message, 'شرح درخواست را بنویسید.');
    const english = await operator.inLanguage('en').post<Problems>('/api/tickets', { categoryId: 'x', description: 'y' });
    assert.equal(english.status, 400);
    assert.ok(english.body.problems?.some((problem) => problem.field === 'categoryId'));
  });

  it('given a business rule broken, when acting, then the answer is 422 with the code and a translated message', async () => {
    const { ticketId } = await registerNetworkTicket();
    await act(netstaff, ticketId, 'start');
    const past = await act(netstaff, ticketId, 'postpone', { until: '2020-01-01T00:00:00Z', reason: 'x' });
    assert.equal(past.status, 422);
    assert.equal(past.body.code, 'TICKET_POSTPONE_NOT_IN_FUTURE');
    assert.equal(past.body.message, 'تعویق فقط به زمانی در آینده ممکن است.');
    const stale = await act(netstaff, ticketId, 'notes', { text: 'x', expectedVersion: 1 });
    assert.equal(stale.body.code, 'TICKET_VERSION_CONFLICT');
  });

  it('given a repeated registration with the same Idempotency-Key, when posted again, then the first ticket comes back', async () => {
    const first = await registerNetworkTicket(operator, { 'Idempotency-Key': 'crm-order-77' });
    const again = await registerNetworkTicket(operator, { 'Idempotency-Key': 'crm-order-77' });
    assert.equal(again.ticketId, first.ticketId);
    assert.equal(again.repeated, true);
  });

  it('given a requester on the portal, when she registers without naming a requester, then the ticket is hers, by the portal', async () => {
    const answer = await requester.post<RegisteredTicket>('/api/tickets', { categoryId: api.org.categories.reports, description: 'گزارش ماهانه خطا می‌دهد' });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    await api.settle();
    const mine = await detail(requester, answer.body.ticketId);
    assert.equal(mine.body.channel, 'portal');
    assert.equal(mine.body.requester.personId, api.org.people.requester);
    assert.deepEqual(mine.body.holdingPositionIds, [api.org.positions.operatorPost], 'no rule matched: the message center');
  });

  it('given a parallel referral, when each position completes its part, then the ticket returns to the referrer', async () => {
    const { ticketId } = await registerNetworkTicket();
    await act(netstaff, ticketId, 'start');
    const referred = await act(netstaff, ticketId, 'refer', { toPositionIds: [api.org.positions.softwareExpert, api.org.positions.networkHead], note: 'هر دو بررسی کنید', parallel: true });
    assert.equal(referred.status, 200, JSON.stringify(referred.body));
    assert.equal((await detail(swstaff, ticketId)).status, 200, 'a part holder sees it now');
    assert.equal((await act(swstaff, ticketId, `parts/${api.org.positions.networkHead}/complete`, { note: '' })).status, 403, 'not his part');
    assert.equal((await act(swstaff, ticketId, `parts/${api.org.positions.softwareExpert}/complete`, { note: 'نرم‌افزار سالم است' })).status, 200);
    assert.equal((await act(netsuper, ticketId, `parts/${api.org.positions.networkHead}/complete`, { note: 'شبکه سالم است' })).status, 200);
    assert.deepEqual((await detail(netstaff, ticketId)).body.holdingPositionIds, [api.org.positions.networkExpert]);
  });

  describe('attachments', () => {
    it('given a screenshot, when attached, then it is stored under its SHA-256, listed with the ticket and downloadable by those who may see it', async () => {
      const { ticketId } = await registerNetworkTicket();
      const uploaded = await uploadFile(netstaff, `/api/tickets/${ticketId}/attachments`, { name: 'تصویر خطا.png', type: 'image/png', bytes: PNG });
      assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
      const [attachment] = (await detail(netstaff, ticketId)).body.attachments;
      assert.equal(attachment?.fileName, 'تصویر خطا.png');
      assert.equal(attachment?.size, PNG.length);
      assert.ok(fs.existsSync(path.join(api.filesDir, 'tickets', attachment!.sha256.slice(0, 2), attachment!.sha256)));
      const download = await fetch(`${api.url}${attachment!.url}`, { headers: { Cookie: [...requester.cookies].map(([name, value]) => `${name}=${value}`).join('; ') } });
      assert.equal(download.status, 200);
      assert.deepEqual(new Uint8Array(await download.arrayBuffer()), PNG);
      assert.match(download.headers.get('content-disposition') ?? '', /filename\*=UTF-8''%D8%AA/);
      assert.equal((await swstaff.get(attachment!.url)).status, 404);
      assert.deepEqual(fs.readdirSync(path.join(api.filesDir, 'incoming')), [], 'nothing left behind');
    });

    it('given a file of a type not taken, or one pretending to be an image, when attached, then it is refused and nothing is stored', async () => {
      const { ticketId } = await registerNetworkTicket();
      const exe = await uploadFile(netstaff, `/api/tickets/${ticketId}/attachments`, { name: 'setup.exe', type: 'application/x-msdownload', bytes: new Uint8Array([0x4d, 0x5a]) });
      assert.equal(exe.status, 400);
      const fake = await uploadFile(netstaff, `/api/tickets/${ticketId}/attachments`, { name: 'photo.png', type: 'image/png', bytes: new Uint8Array([0x4d, 0x5a, 0, 0]) });
      assert.equal((fake.body as Problems).problems?.[0]?.messageKey, 'attachment.typeNotAllowed');
      const outsider = await uploadFile(swstaff, `/api/tickets/${ticketId}/attachments`, { name: 'a.png', type: 'image/png', bytes: PNG });
      assert.equal(outsider.status, 404);
      assert.equal((await detail(netstaff, ticketId)).body.attachments.length, 0);
    });
  });
});
