import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BusinessRuleError } from '../errors/business-rule-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { addTicketNote } from './add-ticket-note.js';
import { getTicket } from './get-ticket.js';
import { postponeTicket } from './postpone-ticket.js';
import { provideInformation } from './provide-information.js';
import { requestInformation } from './request-information.js';
import { startTicket } from './start-ticket.js';
import { expert, fixture, operator, outsider, requesterSara, routedVpnTicket } from './test-support/ticket-fixture.js';
import { TICKET_ACTION_NOT_ALLOWED, TICKET_VERSION_CONFLICT } from './ticket-rule-codes.js';

describe('acting on a ticket', () => {
  it('given a stale version, when acting, then the change is refused as a conflict', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    const { version } = await startTicket(f.deps, { ticketId, actor: expert });
    await assert.rejects(addTicketNote(f.deps, { ticketId, actor: expert, text: 'x', visibleToRequester: false, expectedVersion: version - 1 }), (error) => error instanceof BusinessRuleError && error.code === TICKET_VERSION_CONFLICT);
    await addTicketNote(f.deps, { ticketId, actor: expert, text: 'x', visibleToRequester: false, expectedVersion: version });
  });

  it('given an idempotency key, when the same command comes twice, then it acts once; the key on another ticket is refused', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    const other = await routedVpnTicket(f);
    await addTicketNote(f.deps, { ticketId, actor: expert, text: 'called back', visibleToRequester: true, idempotencyKey: 'k1' });
    const again = await addTicketNote(f.deps, { ticketId, actor: expert, text: 'called back', visibleToRequester: true, idempotencyKey: 'k1' });
    assert.equal(again.repeated, true);
    assert.equal(f.store.row(ticketId).actions.filter((a) => a.action.kind === 'noted').length, 1);
    await assert.rejects(addTicketNote(f.deps, { ticketId: other, actor: expert, text: 'x', visibleToRequester: true, idempotencyKey: 'k1' }), ValidationError);
  });

  it('given an action, when committed, then ticket.changed names the cartables before and after', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    const event = f.store.events.at(-1);
    assert.equal(event?.type === 'ticket.changed' && event.action, 'routed');
    assert.deepEqual(event?.type === 'ticket.changed' && event.positionIds, [4]);
    assert.equal(event?.type === 'ticket.changed' && event.requesterPersonId, 100);
    assert.ok(ticketId > 0);
  });

  it('given a ticket nobody of theirs held, when an outsider acts or reads, then it does not exist for them', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    await assert.rejects(startTicket(f.deps, { ticketId, actor: outsider }), NotFoundError);
    await assert.rejects(getTicket(f.deps, { ticketId, actor: outsider }), NotFoundError);
    await assert.rejects(startTicket(f.deps, { ticketId: 999, actor: expert }), NotFoundError);
  });

  it('given a question to the requester, when she answers on the portal, then the SLA pauses and resumes and the answer reaches the process', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    await startTicket(f.deps, { ticketId, actor: expert });
    const dueBefore = f.store.row(ticketId).model.resolutionDueAt;
    await requestInformation(f.deps, { ticketId, actor: expert, question: 'کدام ساختمان؟' });
    assert.equal(f.store.row(ticketId).model.resolutionDueAt, null, 'paused with no date to resume');
    f.clock.advanceMinutes(120);
    await provideInformation(f.deps, { ticketId, actor: requesterSara, answer: 'ساختمان مرکزی' });
    assert.equal(f.store.row(ticketId).model.resolutionDueAt?.getTime(), dueBefore!.getTime() + 120 * 60_000, 'the wait did not count');
    assert.deepEqual(f.store.workflowCalls.map((call) => call.method).slice(-2), ['completeHandling', 'informationProvided']);
  });

  it('given private and public notes, when the requester reads the ticket, then she sees only the public ones and what she may do', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    await addTicketNote(f.deps, { ticketId, actor: expert, text: 'internal', visibleToRequester: false });
    await addTicketNote(f.deps, { ticketId, actor: operator, text: 'we called you', visibleToRequester: true });
    const mine = await getTicket(f.deps, { ticketId, actor: requesterSara });
    assert.deepEqual(mine.history.filter((entry) => entry.action.kind === 'noted').map((entry) => (entry.action.kind === 'noted' ? entry.action.text : '')), ['we called you']);
    assert.deepEqual(mine.allowedActions, ['noted']);
    const staff = await getTicket(f.deps, { ticketId, actor: expert });
    assert.equal(staff.history.filter((entry) => entry.action.kind === 'noted').length, 2);
    assert.ok(staff.allowedActions.includes('started'));
    assert.ok(staff.sla !== null && staff.sla.resolution.state === 'running');
  });

  it('given a postponed ticket, when an expert refers it, then that must wait until it is started again', async () => {
    const f = fixture();
    const ticketId = await routedVpnTicket(f);
    await postponeTicket(f.deps, { ticketId, actor: expert, until: new Date(f.clock.now().getTime() + 86_400_000), reason: 'قطعه سفارش داده شد' });
    await assert.rejects(requestInformation(f.deps, { ticketId, actor: expert, question: '?' }), (error) => error instanceof BusinessRuleError && error.code === TICKET_ACTION_NOT_ALLOWED);
    await startTicket(f.deps, { ticketId, actor: expert });
    assert.equal(f.store.workflowCalls.at(-1)?.method, 'resumePostponed');
  });
});
