import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemPrincipal } from '../access/principal.js';
import { atTehran } from '../calendar/test-support/at-tehran.js';
import { BusinessRuleError } from '../errors/business-rule-error.js';
import { escalateOverdueTicket } from './escalate-overdue-ticket.js';
import { escalateTicket } from './escalate-ticket.js';
import { planTicketHandling } from './plan-ticket-handling.js';
import { startTicket } from './start-ticket.js';
import { P } from './test-support/sample-policy.js';
import { expert, fixture, lead, routedVpnTicket } from './test-support/ticket-fixture.js';
import { TICKET_NO_ESCALATION_TARGET } from './ticket-rule-codes.js';

// Registered Saturday 1403/08/26 10:00; 480 business minutes to resolve, so due Sunday 10:00.
describe('escalation of a late ticket', () => {
  it('given the policy and the business calendar, when planned and the timer fires, then the ticket climbs one level at a time up to the top', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    const plan = await planTicketHandling(f.deps, { ticketId, actor: systemPrincipal });
    assert.deepEqual(plan.candidateGroups, [`position:${P.networkExpert}`]);
    assert.equal(plan.escalationDueAt?.getTime(), atTehran('1403/08/27 10:00').getTime());

    const expected = [
      { at: '1403/08/27 10:00', to: P.networkLead, next: '1403/08/27 14:00' },
      { at: '1403/08/27 14:00', to: P.itManager, next: '1403/08/28 10:00' },
      { at: '1403/08/28 10:00', to: P.ceo, next: null },
    ];
    for (const [index, step] of expected.entries()) {
      f.clock.set(atTehran(step.at));
      const outcome = await escalateOverdueTicket(f.deps, { ticketId, actor: systemPrincipal, idempotencyKey: `job:${index}` });
      assert.deepEqual(outcome.result, { escalated: true, level: index + 1 });
      assert.deepEqual(f.store.row(ticketId).assignments, [step.to]);
      const next = await planTicketHandling(f.deps, { ticketId, actor: systemPrincipal });
      assert.equal(next.escalationDueAt?.toISOString() ?? null, step.next === null ? null : atTehran(step.next).toISOString(), `after level ${index + 1}`);
    }
  });

  it('given the timer fired but the log says it is not due yet, when the step runs, then nothing happens', async () => {
    const f = fixture({ escalation: { clock: 'response', firstAfterMinutes: 0, repeatEveryMinutes: 60, maxEscalations: 2 } });
    const ticketId = await routedVpnTicket(f);
    f.clock.advanceMinutes(30);
    await startTicket(f.deps, { ticketId, actor: expert });
    f.clock.advanceMinutes(60);
    const outcome = await escalateOverdueTicket(f.deps, { ticketId, actor: systemPrincipal });
    assert.deepEqual(outcome.result, { escalated: false, level: 0 }, 'the response clock stopped when it was started');
    assert.equal((await planTicketHandling(f.deps, { ticketId, actor: systemPrincipal })).escalationDueAt, null);
  });

  it('given a holder, when escalating by hand, then it goes to the parent; at the top there is nobody to escalate to', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    await escalateTicket(f.deps, { ticketId, actor: expert });
    assert.deepEqual(f.store.row(ticketId).assignments, [P.networkLead]);
    assert.equal(f.store.row(ticketId).model.escalationLevel, 1);
    assert.deepEqual(f.store.workflowCalls.at(-1)?.args[1], { outcome: 'escalated' });
    await escalateTicket(f.deps, { ticketId, actor: lead });
    f.store.policy = { ...f.store.policy, positions: new Map([...f.store.policy.positions].map(([id, position]) => [id, id === P.itManager ? { ...position, parentId: null } : position])) };
    const manager = { ...lead, positionIds: [Number(P.itManager)], visiblePositionIds: [Number(P.itManager)] };
    await assert.rejects(escalateTicket(f.deps, { ticketId, actor: manager }), (error) => error instanceof BusinessRuleError && error.code === TICKET_NO_ESCALATION_TARGET);
  });
});
