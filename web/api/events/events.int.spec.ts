import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DomainEvent } from '../../../core/events/domain-events.js';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import type { LiveCallEvent, LiveReady, LiveTicketChanged } from '../../contract/live-events.js';
import { EventStreamReader } from '../test-support/event-stream-reader.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { createTestOrg, type TestOrg } from '../test-support/test-org.js';

const HEARTBEAT_MS = 100;

describe('live events over Server-Sent Events', () => {
  let api: TestApi;
  let org: TestOrg;
  const streams: EventStreamReader[] = [];
  const open = async (username: string) => {
    const reader = await EventStreamReader.open(await api.as(username));
    streams.push(reader);
    await reader.next('ready');
    return reader;
  };
  const ticketChanged = (overrides: Partial<Extract<DomainEvent, { type: 'ticket.changed' }>>): DomainEvent => ({
    type: 'ticket.changed',
    ticketId: 1,
    trackingCode: '12345674',
    action: 'routed',
    status: 'routed',
    positionIds: [],
    requesterPersonId: null,
    at: new Date('2026-11-23T06:30:00Z'),
    ...overrides,
  });

  before(async () => {
    api = await startTestApi(await createTestDatabase(), { sseHeartbeatMs: HEARTBEAT_MS });
    org = await createTestOrg(api.db);
  });
  after(async () => {
    for (const stream of streams) stream.close();
    await api.close();
  });

  it('given a signed-in user, when the stream opens, then it is an event stream that starts with ready and a retry delay, and beats', async () => {
    const reader = await open('netstaff');
    assert.equal(reader.status, 200);
    assert.match(String(reader.headers['content-type']), /^text\/event-stream/);
    assert.equal(reader.headers['cache-control'], 'no-cache, no-transform');
    assert.equal(reader.retry, 3000);
    const ready = await reader.next('ready');
    assert.equal((ready.data as LiveReady).heartbeatMs, HEARTBEAT_MS);
    await reader.next('heartbeat', 0, HEARTBEAT_MS * 10);
    reader.close();
  });

  it('given no session, when the stream is asked for, then 401 and no stream', async () => {
    const reader = await EventStreamReader.open(api.client());
    streams.push(reader);
    assert.equal(reader.status, 401);
  });

  it('given changes of several tickets, when published, then each principal receives exactly those it may see', async () => {
    const readers = {
      netstaff: await open('netstaff'),
      netsuper: await open('netsuper'),
      swstaff: await open('swstaff'),
      requester: await open('requester'),
      requester2: await open('requester2'),
      feedback: await open('feedback'),
      operator: await open('operator'),
      auditor: await open('auditor'),
      designer: await open('designer'),
    };
    const p = org.positions;
    api.events.publish(ticketChanged({ ticketId: 101, positionIds: [p.networkExpert], requesterPersonId: org.people.requester }));
    api.events.publish(ticketChanged({ ticketId: 102, positionIds: [p.softwareExpert, p.networkHead], action: 'referred' }));
    api.events.publish(ticketChanged({ ticketId: 103, positionIds: [p.feedbackPost], status: 'resolved', action: 'resolved' }));
    api.events.publish(ticketChanged({ ticketId: 104, positionIds: [p.operatorPost], requesterPersonId: org.people.requester2 }));
    // The last one reaches everyone who sees everything: when it has arrived, all before it have too.
    api.events.publish(ticketChanged({ ticketId: 199, positionIds: [p.itDirector] }));
    for (const username of ['operator', 'auditor'] as const) await readers[username].next('ticket.changed', 0).then(() => readers[username].next('heartbeat', readers[username].received.length));
    await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS * 2));
    const seen = (reader: EventStreamReader) => reader.named('ticket.changed').map((event) => (event.data as LiveTicketChanged).ticketId);
    assert.deepEqual(seen(readers.netstaff), [101]);
    assert.deepEqual(seen(readers.netsuper), [101, 102], 'a supervisor hears of the positions below');
    assert.deepEqual(seen(readers.swstaff), [102]);
    assert.deepEqual(seen(readers.requester), [101], 'a requester hears of their own ticket only');
    assert.deepEqual(seen(readers.requester2), [104]);
    assert.deepEqual(seen(readers.feedback), [103]);
    assert.deepEqual(seen(readers.operator), [101, 102, 103, 104, 199]);
    assert.deepEqual(seen(readers.auditor), [101, 102, 103, 104, 199]);
    assert.deepEqual(seen(readers.designer), []);
    const toSwstaff = readers.swstaff.named('ticket.changed')[0]?.data as LiveTicketChanged;
    assert.deepEqual(toSwstaff.positionIds, [p.softwareExpert], 'positions the receiver may not see are left out');
    assert.equal(toSwstaff.action, 'referred');
    for (const reader of Object.values(readers)) reader.close();
  });

  it('given call events, when published, then only the operator concerned receives them', async () => {
    const operator = await open('operator');
    const admin = await open('admin');
    const at = new Date('2026-11-23T06:31:00Z');
    api.events.publish({ type: 'call.offered', callId: 7, operatorUserId: org.users.admin, at, data: { caller: '+989121234567' } });
    api.events.publish({ type: 'call.offered', callId: 8, operatorUserId: org.users.operator, at, data: { caller: '+989351112233' } });
    api.events.publish({ type: 'telephony.command', commandId: 3, at });
    const offered = await operator.next('call.offered');
    assert.deepEqual(offered.data as LiveCallEvent, { callId: 8, at: at.toISOString(), data: { caller: '+989351112233' } });
    await admin.next('call.offered');
    await operator.next('heartbeat', operator.received.length);
    assert.deepEqual(operator.named('call.offered').map((event) => (event.data as LiveCallEvent).callId), [8]);
    assert.deepEqual(admin.named('call.offered').map((event) => (event.data as LiveCallEvent).callId), [7]);
    assert.ok(!operator.received.some((event) => event.event === 'telephony.command'));
    operator.close();
    admin.close();
  });

  it('given a client that went away, when events are published, then its subscription is gone and nothing fails', async () => {
    const settled = async (count: number) => {
      for (let waited = 0; api.events.subscribers !== count && waited < 2_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      return api.events.subscribers;
    };
    // The streams of the tests before were closed by their clients; the server lets go of them.
    assert.equal(await settled(0), 0);
    const reader = await open('netstaff');
    assert.equal(api.events.subscribers, 1);
    reader.close();
    assert.equal(await settled(0), 0);
    api.events.publish(ticketChanged({ ticketId: 301, positionIds: [org.positions.networkExpert] }));
    assert.deepEqual(api.events.listenerErrors, []);
  });
});
