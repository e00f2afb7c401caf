import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { modelsOf } from '../../../database/models/index.js';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import type { CatalogueResponse } from '../../contract/catalogue.js';
import type { AwaitingFeedbackPage } from '../../contract/feedback.js';
import type { RegisteredTicket, TicketActionResult } from '../../contract/tickets.js';
import type { ApiClient } from '../test-support/api-client.js';
import { startTicketApi, type TicketApi } from '../tickets/test-support/start-ticket-api.js';

describe('the feedback agents’ list and the catalogue over HTTP', () => {
  let api: TicketApi;
  let operator: ApiClient;
  let netstaff: ApiClient;
  let feedback: ApiClient;
  let requester: ApiClient;

  before(async () => {
    api = await startTicketApi(await createTestDatabase());
    [operator, netstaff, feedback, requester] = await Promise.all([api.as('operator'), api.as('netstaff'), api.as('feedback'), api.as('requester')]);
  });
  after(() => api.close());

  const act = async (client: ApiClient, ticketId: number, action: string, body: unknown = {}) => {
    const answer = await client.post<TicketActionResult>(`/api/tickets/${ticketId}/${action}`, body);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    await api.settle();
    return answer.body;
  };
  const resolvedTicket = async (resolution: string) => {
    const registered = await operator.post<RegisteredTicket>('/api/tickets', { requester: { personId: api.org.people.requester }, categoryId: api.org.categories.network, description: 'اینترنت قطع است' });
    assert.equal(registered.status, 201);
    await api.settle();
    await act(netstaff, registered.body.ticketId, 'start');
    await act(netstaff, registered.body.ticketId, 'resolve', { resolution });
    return registered.body;
  };
  const awaiting = async () => {
    const answer = await feedback.get<AwaitingFeedbackPage>('/api/feedback/tickets');
    assert.equal(answer.status, 200);
    return answer.body;
  };

  it('given resolved tickets, when the feedback agent lists them, then each comes with the requester’s phone and the resolution; an answered one leaves the list', async () => {
    const first = await resolvedTicket('سوییچ راه‌اندازی مجدد شد');
    const second = await resolvedTicket('کابل تعویض شد');
    const listed = await awaiting();
    assert.deepEqual(
      listed.items.map((item) => [item.trackingCode, item.resolution, item.requesterPhone, item.attempts]),
      [
        [first.trackingCode, 'سوییچ راه‌اندازی مجدد شد', api.org.requesterPhone, 0],
        [second.trackingCode, 'کابل تعویض شد', api.org.requesterPhone, 0],
      ],
    );
    assert.equal(listed.total, 2);

    await act(feedback, first.ticketId, 'feedback', { response: { kind: 'answered', score: 1, comment: 'هنوز قطع است' } });
    assert.deepEqual((await awaiting()).items.map((item) => item.id), [second.ticketId], 'the unsatisfied one went back for rework');

    await act(feedback, second.ticketId, 'feedback', { response: { kind: 'noAnswer' } });
    assert.deepEqual((await awaiting()).items, [], 'nobody to ask until the next attempt is due');
  });

  it('given someone without the feedback agent role, when they ask for the list, then 403', async () => {
    assert.equal((await netstaff.get('/api/feedback/tickets')).status, 403);
    assert.equal((await requester.get('/api/feedback/tickets')).status, 403);
  });

  it('given an inactive category, when anyone signed in reads the catalogue, then it and what is below it are left out, and levels are counted', async () => {
    await modelsOf(api.db).Category.update({ active: false }, { where: { id: api.org.categories.office } });
    const answer = await requester.get<CatalogueResponse>('/api/catalogue');
    assert.equal(answer.status, 200);
    const ids = answer.body.categories.map((category) => category.id);
    assert.ok(ids.includes(api.org.categories.software) && ids.includes(api.org.categories.network));
    assert.ok(!ids.includes(api.org.categories.office) && !ids.includes(api.org.categories.reports));
    assert.equal(answer.body.categories.find((category) => category.id === api.org.categories.network)?.level, 1);
    assert.ok(answer.body.locations.some((location) => location.id === api.org.locations.hq && location.parentId === api.org.locations.tehran));
    assert.equal((await api.client().get('/api/catalogue')).status, 401);
  });
});
