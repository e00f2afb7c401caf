import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemPrincipal } from '../access/principal.js';
import { atTehran } from '../calendar/test-support/at-tehran.js';
import { escalateOverdueTicket } from '../tickets/escalate-overdue-ticket.js';
import { escalateTicket } from '../tickets/escalate-ticket.js';
import { expert, fixture, routedVpnTicket, type Fixture } from '../tickets/test-support/ticket-fixture.js';
import { queueTicketSms } from './queue-ticket-sms.js';
import type { QueuedSms, SmsOutbox } from './sms-outbox.js';
import type { TicketSmsEvent } from './ticket-sms-event.js';

function memoryOutbox(): SmsOutbox & { messages: QueuedSms[] } {
  const messages: QueuedSms[] = [];
  const unused = async () => {
    throw new Error('not used here');
  };
  return {
    messages,
    enqueue: async (batch) => {
      const fresh = batch.filter((message) => !messages.some((existing) => existing.idempotencyKey === message.idempotencyKey));
      messages.push(...fresh);
      return fresh.length;
    },
    claimDue: unused,
    markSent: unused,
    markStored: unused,
    markRetry: unused,
    markFailed: unused,
    markUnknown: unused,
    recoverInterrupted: unused,
    listUnknown: unused,
    requeue: unused,
    awaitingDelivery: unused,
    markChecked: unused,
    recordDelivery: unused,
  };
}

function smsDeps(f: Fixture, outbox: SmsOutbox) {
  return { store: f.store, outbox, templates: { body: async () => null }, clock: { now: f.clock.now }, provider: 'outbox' };
}

describe('queueTicketSms', () => {
  it('given a registration, when its SMS is queued, then the requester gets her tracking code once, in Persian', async () => {
    const f = fixture();
    const outbox = memoryOutbox();
    const ticketId = await routedVpnTicket(f);
    const send = (event: TicketSmsEvent) => queueTicketSms(smsDeps(f, outbox), { ticketId, event, actor: systemPrincipal });
    assert.equal(await send('ticket.registered'), 1);
    assert.equal(await send('ticket.registered'), 0, 'a repeated step queues nothing');
    const [message] = outbox.messages;
    assert.equal(message?.to, '+989121234567');
    const code = f.store.row(ticketId).model.trackingCode.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    assert.equal(message?.body, `سارا احمدی گرامی، درخواست شما ثبت شد. کد پیگیری: ${code}`);
  });

  it('given escalations up the chart, when their SMS are queued, then the previous and the new responsible hear of each, the requester of the first only', async () => {
    const f = fixture();
    const outbox = memoryOutbox();
    const ticketId = await routedVpnTicket(f);
    f.clock.set(atTehran('1403/08/27 10:00'));
    await escalateOverdueTicket(f.deps, { ticketId, actor: systemPrincipal });
    await queueTicketSms(smsDeps(f, outbox), { ticketId, event: 'ticket.escalated', actor: systemPrincipal });
    assert.deepEqual(
      outbox.messages.map((m) => `${m.event} ${m.to} ${m.language}`),
      ['ticket.escalated.previous +989131111111 fa', 'ticket.escalated.new +989132222222 en', 'ticket.escalated.requester +989121234567 fa'],
    );
    assert.equal(outbox.messages[1]?.body, `Request ${f.store.row(ticketId).model.trackingCode} (وی‌پی‌ان وصل نمی‌شود) is overdue and was escalated to your cartable (سرپرست شبکه).`);

    f.clock.set(atTehran('1403/08/27 14:00'));
    await escalateOverdueTicket(f.deps, { ticketId, actor: systemPrincipal });
    await queueTicketSms(smsDeps(f, outbox), { ticketId, event: 'ticket.escalated', actor: systemPrincipal });
    assert.deepEqual(
      outbox.messages.slice(3).map((m) => `${m.event} ${m.to}`),
      ['ticket.escalated.previous +989132222222'],
      'the IT manager has no mobile here, and the requester was told already',
    );
  });

  it('given an expert who escalates by hand, when the SMS are queued, then they are not told about their own action', async () => {
    const f = fixture();
    const outbox = memoryOutbox();
    const ticketId = await routedVpnTicket(f);
    await escalateTicket(f.deps, { ticketId, actor: expert });
    await queueTicketSms(smsDeps(f, outbox), { ticketId, event: 'ticket.escalated', actor: systemPrincipal });
    assert.ok(!outbox.messages.some((m) => m.to === '+989131111111'));
    assert.ok(outbox.messages.some((m) => m.event === 'ticket.escalated.new'));
  });
});
