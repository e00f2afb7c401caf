import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ForbiddenError } from '../errors/forbidden-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { registerTicket } from './register-ticket.js';
import { isValidTrackingCode } from './tracking-code.js';
import { fixture, operator, requesterSara, sara } from './test-support/ticket-fixture.js';
import { user } from './test-support/principals.js';

const fieldsOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    assert.fail('expected a ValidationError');
  } catch (error) {
    assert.ok(error instanceof ValidationError, String(error));
    return error.problems.map((problem) => `${problem.field}:${problem.messageKey}`);
  }
};

describe('registerTicket', () => {
  it('given an operator and a known requester, when a ticket is registered, then it is stored with a valid code, the category’s type and priority, normalized search text, and its process starts', async () => {
    const f = fixture();
    const registered = await registerTicket(f.deps, { requester: sara, channel: 'phone', categoryId: 'vpn', description: 'وي‌پي‌ان وصل نمي‌شود\nاز صبح', actor: operator });
    assert.equal(registered.status, 'registered');
    assert.ok(isValidTrackingCode(registered.trackingCode));
    const row = f.store.row(registered.ticketId);
    assert.equal(row.model.priority, 'high', 'the VPN category’s default priority');
    assert.equal(row.model.requestType, 'incident');
    assert.equal(row.model.subject, 'وي‌پي‌ان وصل نمي‌شود', 'the first line of the description');
    assert.equal(row.model.locationId, 'hq', 'the requester’s own location');
    assert.ok(row.model.searchText.includes('ویپیان وصل نمیشود'), row.model.searchText);
    assert.ok(row.model.searchText.includes('09121234567'));
    assert.ok(row.model.resolutionDueAt !== null);
    assert.deepEqual(f.store.workflowCalls.map((call) => call.method), ['start']);
    assert.equal(row.processInstanceKey, `instance-${registered.ticketId}`);
    assert.equal(f.store.events[0]?.type, 'ticket.changed');
  });

  it('given a taken tracking code, when the draw collides, then another code is drawn', async () => {
    const f = fixture();
    // An 8-digit code takes 7 draws (the last digit is the check digit).
    const first = await registerTicket(f.store.deps(f.clock.now, [1, 2, 3, 4, 5, 6, 7]), { requester: sara, channel: 'phone', categoryId: 'vpn', description: 'a', actor: operator });
    assert.equal(first.trackingCode.slice(0, 7), '2234567');
    const deps = f.store.deps(f.clock.now, [1, 2, 3, 4, 5, 6, 7, 2, 2, 2, 2, 2, 2, 2]);
    const second = await registerTicket(deps, { requester: sara, channel: 'phone', categoryId: 'vpn', description: 'b', actor: operator });
    assert.equal(second.trackingCode.slice(0, 7), '3222222', 'the first draw collided, the second was used');
    assert.equal(f.store.rows.size, 2);
  });

  it('given a caller known only by a number, when registered, then the number is stored canonical, and a number of a known person links them', async () => {
    const f = fixture();
    const stranger = await registerTicket(f.deps, { requester: { name: 'علی', phone: '0912 000 1111' }, channel: 'phone', categoryId: 'printer', description: 'چاپگر', actor: operator });
    assert.equal(f.store.row(stranger.ticketId).model.requesterPhone, '+989120001111');
    assert.equal(f.store.row(stranger.ticketId).model.requesterPersonId, null);
    const known = await registerTicket(f.deps, { requester: { name: 'سارا', phone: '۰۹۱۲۱۲۳۴۵۶۷' }, channel: 'phone', categoryId: 'printer', description: 'چاپگر', actor: operator });
    assert.equal(f.store.row(known.ticketId).model.requesterPersonId, '100');
  });

  it('given bad input, when registered, then every problem is named by its field and nothing is stored', async () => {
    const f = fixture();
    const fields = await fieldsOf(registerTicket(f.deps, { requester: { name: '', phone: '123' }, channel: 'fax' as 'phone', categoryId: 'network', priority: 'urgent', description: '  ', locationId: 'mars', actor: operator }));
    assert.deepEqual(fields.sort(), [
      'categoryId:ticket.category.notSelectable',
      'channel:ticket.channel.unknown',
      'description:ticket.description.required',
      'locationId:ticket.location.unknown',
      'priority:ticket.priority.unknown',
      'requester.name:ticket.requester.nameRequired',
      'requester.phone:ticket.requester.phoneInvalid',
    ]);
    assert.equal(f.store.rows.size, 0);
    assert.equal(f.store.workflowCalls.length, 0);
  });

  it('given a requester on the portal, when registering for someone else, then it is forbidden; for themselves it is fine', async () => {
    const f = fixture();
    f.store.people.push({ id: '101', fullName: 'نیما', active: true, locationId: null, phoneNumbers: [] });
    await assert.rejects(registerTicket(f.deps, { requester: { personId: '101' }, channel: 'portal', categoryId: 'vpn', description: 'x', actor: requesterSara }), ForbiddenError);
    const own = await registerTicket(f.deps, { requester: sara, channel: 'portal', categoryId: 'vpn', description: 'x', actor: requesterSara });
    assert.equal(own.status, 'registered');
    await assert.rejects(registerTicket(f.deps, { requester: sara, channel: 'portal', categoryId: 'vpn', description: 'x', actor: user(9, ['auditor']) }), ForbiddenError);
  });

  it('given an operator who answers on the spot, when registered with a resolution, then it is resolved at once and its process is told so', async () => {
    const f = fixture();
    const registered = await registerTicket(f.deps, { requester: sara, channel: 'phone', categoryId: 'vpn', description: 'رمز وای‌فای', resolveNow: { resolution: 'رمز گفته شد' }, actor: operator });
    assert.equal(registered.status, 'resolved');
    assert.deepEqual(f.store.workflowCalls[0]?.args[0], { id: registered.ticketId, trackingCode: registered.trackingCode, resolvedOnRegistration: true });
    const resolved = f.store.row(registered.ticketId).actions[1]?.action;
    assert.equal(resolved?.kind === 'resolved' && resolved.byPositionId, '5', 'the operator’s message-center position resolved it');
  });

  it('given an idempotency key used before, when the same registration is repeated, then the first ticket is returned and nothing is added', async () => {
    const f = fixture();
    const first = await registerTicket(f.deps, { requester: sara, channel: 'api', categoryId: 'vpn', description: 'x', actor: operator, idempotencyKey: 'crm-42' });
    const again = await registerTicket(f.deps, { requester: sara, channel: 'api', categoryId: 'vpn', description: 'x', actor: operator, idempotencyKey: 'crm-42' });
    assert.equal(again.ticketId, first.ticketId);
    assert.equal(again.repeated, true);
    assert.equal(f.store.rows.size, 1);
  });

  it('given the workflow refuses to start, when registered, then nothing of the ticket remains', async () => {
    const f = fixture();
    f.store.failWorkflowWith = new Error('engine down');
    await assert.rejects(registerTicket(f.deps, { requester: sara, channel: 'phone', categoryId: 'vpn', description: 'x', actor: operator }), /engine down/);
    assert.equal(f.store.rows.size, 0);
    assert.equal(f.store.events.length, 0, 'no event for a transaction that rolled back');
  });
});
