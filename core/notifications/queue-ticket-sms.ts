import type { Principal } from '../access/principal.js';
import { ForbiddenError } from '../errors/forbidden-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import type { Language } from '../i18n/language.js';
import { replayTicket } from '../tickets/replay-ticket.js';
import type { TicketStore } from '../tickets/ticket-store.js';
import type { Clock } from '../time/clock.js';
import { planTicketSms } from './plan-ticket-sms.js';
import { renderSms } from './render-sms.js';
import type { QueuedSms, SmsOutbox } from './sms-outbox.js';
import { DEFAULT_SMS_TEMPLATES } from './sms-template-keys.js';
import type { SmsTemplates } from './sms-templates.js';
import type { TicketSmsEvent } from './ticket-sms-event.js';

export interface SmsDeps {
  readonly store: TicketStore;
  readonly outbox: SmsOutbox;
  readonly templates: SmsTemplates;
  readonly clock: Clock;
  /** The configured provider's name, recorded with each message. */
  readonly provider: string;
}

/**
 * The `sms.send` step: renders an event's SMS for each recipient with a mobile number, in their
 * language, and queues them in the outbox under a key per event and recipient, so that a repeated
 * step queues nothing twice. Sending happens outside the process (the SMS relay), so a slow or
 * failing gateway never holds a ticket up. Returns how many were queued now.
 */
export async function queueTicketSms(deps: SmsDeps, command: { readonly ticketId: number; readonly event: TicketSmsEvent; readonly actor: Principal }): Promise<number> {
  if (command.actor.kind !== 'system') throw new ForbiddenError('SMS are queued by the process');
  const messages = await deps.store.transaction(async (uow) => {
    const ticket = await uow.tickets.load(command.ticketId);
    const state = ticket && replayTicket(ticket.history.map((entry) => entry.action));
    if (!ticket || !state) throw new NotFoundError('ticket', command.ticketId);
    const policy = await uow.policy();
    const queued: QueuedSms[] = [];
    for (const audience of planTicketSms(command.event, ticket.id, ticket.history, policy)) {
      let recipients: Array<{ personId: string | null; mobile: string | null; language: Language; name: string | null }>;
      if (audience.to.kind === 'requester') {
        const { requester } = state.details;
        const contact = requester.personId === null ? null : await uow.directory.contact(requester.personId);
        const mobile = contact?.mobile ?? (requester.phoneNumber?.startsWith('+989') ? requester.phoneNumber : null);
        recipients = [{ personId: requester.personId, mobile, language: contact?.language ?? 'fa', name: contact?.fullName ?? requester.name }];
      } else {
        recipients = (await uow.directory.holdersOf(audience.to.positionIds)).map((holder) => ({ personId: holder.personId, mobile: holder.mobile, language: holder.language, name: holder.fullName }));
      }
      const seen = new Set<string>();
      for (const recipient of recipients) {
        if (recipient.mobile === null || seen.has(recipient.mobile) || (audience.exceptPersonId !== null && recipient.personId === audience.exceptPersonId)) continue;
        seen.add(recipient.mobile);
        const template = (await deps.templates.body(audience.templateKey, recipient.language)) ?? DEFAULT_SMS_TEMPLATES[audience.templateKey][recipient.language];
        queued.push({
          idempotencyKey: `${audience.templateKey}:${audience.scope}:${recipient.mobile}`,
          event: audience.templateKey,
          ticketId: ticket.id,
          to: recipient.mobile,
          language: recipient.language,
          body: renderSms(template, { ...audience.params, name: audience.params.name ?? recipient.name }, recipient.language, policy.calendar.timeZone),
        });
      }
    }
    return queued;
  });
  return messages.length === 0 ? 0 : deps.outbox.enqueue(messages, deps.provider, deps.clock.now());
}
