import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BusinessRuleError } from '../errors/business-rule-error.js';
import { ForbiddenError } from '../errors/forbidden-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { completeReferralPart } from './complete-referral-part.js';
import { referTicket } from './refer-ticket.js';
import { P } from './test-support/sample-policy.js';
import { expert, fixture, lead, printerExpert, routedVpnTicket } from './test-support/ticket-fixture.js';
import { TICKET_NOT_AWAITING_ACTION } from './ticket-rule-codes.js';

describe('referTicket', () => {
  it('given a holder, when referring to one position, then the ticket moves there and the handling step completes as referred', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    await referTicket(f.deps, { ticketId, actor: expert, toPositionIds: [P.printerExpert], note: 'driver issue' });
    assert.deepEqual(f.store.row(ticketId).assignments, [P.printerExpert]);
    assert.deepEqual(f.store.row(ticketId).involvements, [P.networkExpert, P.printerExpert], 'the expert may still read it');
    assert.deepEqual(f.store.workflowCalls.at(-1)?.args.slice(0, 2), [`instance-${ticketId}`, { outcome: 'referred' }]);
  });

  it('given a holder, when referring to several in parallel, then each has a part and the ticket returns after the last one', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    await referTicket(f.deps, { ticketId, actor: expert, toPositionIds: [P.printerExpert, P.networkLead], note: 'check your side', parallel: true });
    assert.deepEqual(f.store.workflowCalls.at(-1)?.args[1], { outcome: 'referredInParallel', partPositionIds: [P.printerExpert, P.networkLead] });
    await assert.rejects(completeReferralPart(f.deps, { ticketId, actor: printerExpert, positionId: P.networkLead, note: '' }), ForbiddenError, 'not their part');
    await completeReferralPart(f.deps, { ticketId, actor: printerExpert, positionId: P.printerExpert, note: 'driver ok' });
    assert.deepEqual(f.store.row(ticketId).assignments, [P.networkLead]);
    await completeReferralPart(f.deps, { ticketId, actor: lead, positionId: P.networkLead, note: 'firewall ok' });
    assert.deepEqual(f.store.row(ticketId).assignments, [P.networkExpert], 'back with the referrer');
    assert.deepEqual(
      f.store.workflowCalls.filter((call) => call.method === 'completePart').map((call) => call.args[1]),
      [P.printerExpert, P.networkLead],
    );
  });

  it('given someone who does not hold the ticket, when referring, then it is forbidden and nothing changes', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    const before = f.store.row(ticketId).version;
    await assert.rejects(referTicket(f.deps, { ticketId, actor: printerExpert, toPositionIds: [P.printerExpert], note: '' }), (error) => error instanceof Error && error.name === 'NotFoundError', 'cannot even see it');
    assert.equal(f.store.row(ticketId).version, before);
  });

  it('given a supervisor of the holder, when referring, then it is allowed', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    await referTicket(f.deps, { ticketId, actor: lead, toPositionIds: [P.printerExpert], note: '' });
    assert.deepEqual(f.store.row(ticketId).assignments, [P.printerExpert]);
  });

  it('given unknown positions, when referring, then the field is named', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    await assert.rejects(referTicket(f.deps, { ticketId, actor: expert, toPositionIds: ['999'], note: '' }), (error) => error instanceof ValidationError && error.problems[0]?.field === 'toPositionIds');
  });

  it('given the process is not at the handling step, when referring, then the domain change is undone with it', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    f.store.failWorkflowWith = new BusinessRuleError(TICKET_NOT_AWAITING_ACTION, 'no open task');
    await assert.rejects(referTicket(f.deps, { ticketId, actor: expert, toPositionIds: [P.printerExpert], note: '' }), BusinessRuleError);
    assert.deepEqual(f.store.row(ticketId).assignments, [P.networkExpert]);
    assert.equal(f.store.row(ticketId).actions.length, 2);
  });
});
