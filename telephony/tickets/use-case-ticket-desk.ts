import { systemPrincipal } from '../../core/access/principal.js';
import type { DomainEventSink } from '../../core/events/domain-events.js';
import { ValidationError } from '../../core/errors/validation-error.js';
import type { RandomSource } from '../../core/random/random-source.js';
import { attachTicketFile } from '../../core/tickets/attach-ticket-file.js';
import { registerTicket } from '../../core/tickets/register-ticket.js';
import type { RequesterInput } from '../../core/tickets/registration-request.js';
import type { TicketDeps } from '../../core/tickets/ticket-deps.js';
import type { Clock } from '../../core/time/clock.js';
import type { Database } from '../../database/database.js';
import type { ProcessEngine } from '../../engine/process-engine.js';
import { createTicketStore } from '../../engine/workflows/create-ticket-store.js';
import type { StoredAudio } from '../files/store-audio-file.js';
import type { Logger } from '../logger.js';
import { voicemailCategory } from './voicemail-category.js';
import type { TicketDesk, Voicemail } from './ticket-desk.js';

export interface UseCaseTicketDeskDeps {
  readonly db: Database;
  readonly engine: ProcessEngine;
  readonly events: DomainEventSink;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly logger: Logger;
}

function file(audio: StoredAudio) {
  return { fileName: audio.fileName, contentType: audio.contentType, size: audio.size, sha256: audio.sha256, storagePath: audio.storagePath };
}

/**
 * The ticket lifecycle's own use cases behind telephony's TicketDesk: a voicemail is registered like
 * any ticket (channel voicemail, its process started, routed), by the system, with its audio
 * attached; a conversation's recording is attached to the tickets registered during the call.
 */
export function useCaseTicketDesk(deps: UseCaseTicketDeskDeps): TicketDesk {
  const tickets: TicketDeps = { store: createTicketStore(deps.db, deps.engine), clock: deps.clock, random: deps.random, events: deps.events };
  const log = deps.logger.child({ component: 'telephony-tickets' });
  return {
    async fileVoicemail(voicemail: Voicemail) {
      const categoryId = await voicemailCategory(deps.db.read, voicemail.categoryCode);
      if (categoryId === null) {
        log.error({ callId: voicemail.callId }, 'no selectable category for voicemail tickets; the message stays with the call');
        return null;
      }
      const requester: RequesterInput =
        voicemail.caller?.personId != null
          ? { personId: String(voicemail.caller.personId) }
          : { name: voicemail.caller?.name ?? voicemail.phone ?? voicemail.callerNumber, phone: voicemail.phone ?? voicemail.callerNumber };
      const minutes = Math.max(1, Math.round(voicemail.seconds / 60));
      try {
        const ticket = await registerTicket(tickets, {
          requester,
          channel: 'voicemail',
          categoryId: String(categoryId),
          subject: `پیام صوتی از ${voicemail.callerNumber}`,
          description: `پیام صوتی ${voicemail.seconds < 60 ? `${Math.round(voicemail.seconds)} ثانیه‌ای` : `${minutes} دقیقه‌ای`} از ${voicemail.callerNumber}${voicemail.ivrPath === '' ? '' : ` (مسیر تلفن گویا: ${voicemail.ivrPath})`}. صدای پیام پیوست است.`,
          callId: String(voicemail.callId),
          actor: systemPrincipal,
          idempotencyKey: `voicemail:${voicemail.callId}`,
        });
        await attachTicketFile(tickets, { ticketId: ticket.ticketId, actor: systemPrincipal, idempotencyKey: `voicemail-audio:${voicemail.callId}`, file: file(voicemail.audio) });
        return { ticketId: ticket.ticketId, trackingCode: ticket.trackingCode };
      } catch (error) {
        // A caller who cannot be a requester (a hidden or foreign number, no known person) cannot open a ticket.
        if (error instanceof ValidationError) {
          log.warn({ callId: voicemail.callId, problems: error.problems }, 'the voicemail cannot be registered as a ticket; the message stays with the call');
          return null;
        }
        throw error;
      }
    },
    async attachCallRecording(ticketId: number, audio: StoredAudio, callId: number) {
      await attachTicketFile(tickets, { ticketId, actor: systemPrincipal, idempotencyKey: `call-recording:${callId}:${ticketId}`, file: file(audio) });
    },
  };
}
