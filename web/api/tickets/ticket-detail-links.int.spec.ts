import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import type { OrgChartResponse } from '../../contract/org-chart.js';
import type { PrioritiesResponse } from '../../contract/priorities.js';
import type { InstancePath } from '../../contract/processes.js';
import type { RegisteredTicket, TicketDetail } from '../../contract/tickets.js';
import { startTicketApi, type TicketApi } from './test-support/start-ticket-api.js';

/** What the operator console and the ticket page read besides the ticket: its diagram, its call's recording, the priorities and the org chart. */
describe('/api/tickets/:id links, /api/priorities and /api/org-chart', () => {
  let api: TicketApi;
  before(async () => (api = await startTicketApi(await createTestDatabase())));
  after(() => api.close());

  async function storedCall(recordingPath: string | null): Promise<number> {
    const now = new Date();
    const [row] = await api.db.read.all<{ id: number }>(
      `INSERT INTO calls (call_key, direction, purpose, caller_number, caller_phone, person_id, queue_id, ivr_path, category_code, operator_user_id, started_at, enqueued_at, answered_at, ended_at, recording_path)
       VALUES (?, 'inbound', 'service', '09121234567', ?, ?, 'network', '1>3', 'HW', ?, ?, ?, ?, ?, ?) RETURNING id`,
      [`k-${Math.random()}`, api.org.requesterPhone, api.org.people.requester, api.org.users.operator, now, now, now, now, recordingPath],
    );
    return Number(row?.id);
  }

  async function register(callId: number | null): Promise<number> {
    const operator = await api.as('operator');
    const answer = await operator.post<RegisteredTicket>('/api/tickets', { requester: { personId: api.org.people.requester }, categoryId: api.org.categories.network, description: 'VPN وصل نمی‌شود', callId });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    await api.settle();
    return answer.body.ticketId;
  }

  it('given a registered ticket, when its holder reads it, then it names its process instance, whose path the holder may read', async () => {
    const ticketId = await register(null);
    const netstaff = await api.as('netstaff');
    const detail = (await netstaff.get<TicketDetail>(`/api/tickets/${ticketId}`)).body;
    assert.ok(detail.processInstanceKey, 'the instance is named');
    assert.equal(detail.recordingUrl, null, 'no call, no recording');
    const path = await netstaff.get<InstancePath>(`/api/processes/instances/${detail.processInstanceKey}/path`);
    assert.equal(path.status, 200);
    assert.ok(path.body.activeElementIds.length > 0, 'the ticket waits somewhere');
  });

  it('given a ticket registered during a recorded call, when read, then it links the recording, which its holder may hear; without a recording there is no link', async () => {
    const recorded = await register(await storedCall('calls/ab/abc.wav'));
    const unrecorded = await register(await storedCall(null));
    const netstaff = await api.as('netstaff');
    const detail = (await netstaff.get<TicketDetail>(`/api/tickets/${recorded}`)).body;
    assert.match(detail.recordingUrl ?? '', /^\/api\/telephony\/calls\/\d+\/recording$/);
    assert.equal((await netstaff.get<TicketDetail>(`/api/tickets/${unrecorded}`)).body.recordingUrl, null);
  });

  it('given the priorities, when an operator reads them, then they come most urgent first with the categories’ defaults; requesters are refused', async () => {
    await api.db.read.all('UPDATE categories SET default_priority_code = ? WHERE id = ?', ['high', api.org.categories.network]);
    const answer = await (await api.as('operator')).get<PrioritiesResponse>('/api/priorities');
    assert.equal(answer.status, 200);
    const ranks = answer.body.priorities.map((priority) => priority.rank);
    assert.ok(ranks.length > 0);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    assert.deepEqual(answer.body.categoryDefaults, [{ categoryId: api.org.categories.network, priorityCode: 'high' }]);
    assert.equal((await (await api.as('requester')).get('/api/priorities')).status, 403);
    assert.equal((await api.client().get('/api/priorities')).status, 401);
  });

  it('given the org chart, when staff read it, then every post comes with its parent and unit; requesters are refused', async () => {
    const answer = await (await api.as('netstaff')).get<OrgChartResponse>('/api/org-chart');
    assert.equal(answer.status, 200);
    const expert = answer.body.positions.find((position) => position.id === api.org.positions.networkExpert);
    assert.equal(expert?.parentId, api.org.positions.networkHead);
    assert.equal(expert?.unitEn, 'IT');
    assert.equal((await (await api.as('requester')).get('/api/org-chart')).status, 403);
  });
});
