import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemPrincipal } from '../access/principal.js';
import { ForbiddenError } from '../errors/forbidden-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { closeTicket } from './close-ticket.js';
import { registerTicket } from './register-ticket.js';
import { routeTicket } from './route-ticket.js';
import { P } from './test-support/sample-policy.js';
import { expert, fixture, operator, sara } from './test-support/ticket-fixture.js';

const register = (f: ReturnType<typeof fixture>, categoryId: string, locationId?: string) =>
  registerTicket(f.deps, { requester: sara, channel: 'phone', categoryId, description: 'x', actor: operator, ...(locationId ? { locationId } : {}) });

describe('routeTicket', () => {
  it('given a rule for the category, when routed, then the ticket is in that position’s cartable', async () => {
    const f = fixture();
    const { ticketId } = await register(f, 'vpn');
    const outcome = await routeTicket(f.deps, { ticketId, actor: systemPrincipal, idempotencyKey: 'job:1' });
    assert.deepEqual(outcome.result, { target: { kind: 'positions', positionIds: [P.networkExpert] }, ruleId: 'network' });
    assert.deepEqual(f.store.row(ticketId).assignments, [P.networkExpert]);
    assert.deepEqual(f.store.row(ticketId).involvements, [P.networkExpert]);
    assert.equal(f.store.row(ticketId).model.status, 'routed');
  });

  it('given a contractor rule, when routed, then the contractor has it and its supervising positions hold it', async () => {
    const f = fixture();
    const { ticketId } = await register(f, 'printer');
    await routeTicket(f.deps, { ticketId, actor: systemPrincipal });
    assert.equal(f.store.row(ticketId).model.contractorId, 'pars-print');
    assert.deepEqual(f.store.row(ticketId).assignments, [P.printerExpert]);
  });

  it('given no matching rule, when routed, then the message center gets it', async () => {
    const f = fixture();
    f.store.policy = { ...f.store.policy, routingRules: [] };
    const { ticketId } = await register(f, 'vpn');
    await routeTicket(f.deps, { ticketId, actor: systemPrincipal });
    assert.deepEqual(f.store.row(ticketId).assignments, [P.messageCenter]);
  });

  it('given a rule naming a position that is gone, when routed, then the message center gets it rather than nobody', async () => {
    const f = fixture();
    f.store.policy = { ...f.store.policy, routingRules: [{ id: 'old', categoryId: 'vpn', locationId: null, priority: 0, target: { kind: 'positions', positionIds: ['999'] } }] };
    const { ticketId } = await register(f, 'vpn');
    await routeTicket(f.deps, { ticketId, actor: systemPrincipal });
    assert.deepEqual(f.store.row(ticketId).assignments, [P.messageCenter]);
  });

  it('given no message center configured and no rule, when routed, then it fails loudly (an incident) instead of hiding the ticket', async () => {
    const f = fixture({ messageCenterPositionId: null });
    f.store.policy = { ...f.store.policy, routingRules: [] };
    const { ticketId } = await register(f, 'vpn');
    await assert.rejects(routeTicket(f.deps, { ticketId, actor: systemPrincipal }), /message center/);
  });

  it('given the step runs twice for one job, when repeated, then the ticket is routed once', async () => {
    const f = fixture();
    const { ticketId } = await register(f, 'vpn');
    await routeTicket(f.deps, { ticketId, actor: systemPrincipal, idempotencyKey: 'job:7' });
    const again = await routeTicket(f.deps, { ticketId, actor: systemPrincipal, idempotencyKey: 'job:7' });
    assert.equal(again.repeated, true);
    assert.equal(f.store.row(ticketId).actions.filter((a) => a.action.kind === 'routed').length, 1);
  });

  it('given a ticket cancelled before routing, when the step runs, then it is left alone', async () => {
    const f = fixture();
    const { ticketId } = await register(f, 'vpn');
    await closeTicket(f.deps, { ticketId, actor: operator, reason: 'duplicate' });
    const outcome = await routeTicket(f.deps, { ticketId, actor: systemPrincipal });
    assert.equal(outcome.result, null);
    assert.equal(f.store.row(ticketId).model.status, 'closed');
  });

  it('given a person, when they try to route, then only the system may; one who cannot see it is told it does not exist', async () => {
    const f = fixture();
    const { ticketId } = await register(f, 'vpn');
    await assert.rejects(routeTicket(f.deps, { ticketId, actor: operator }), ForbiddenError);
    await assert.rejects(routeTicket(f.deps, { ticketId, actor: expert }), NotFoundError);
  });
});
