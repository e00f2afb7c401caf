import type { CallerIdentity } from '../../core/telephony/call/caller-identity.js';
import type { StoredAudio } from '../files/store-audio-file.js';

/** A message left on the phone, to become a ticket. */
export interface Voicemail {
  /** The row in `calls`. */
  readonly callId: number;
  readonly caller: CallerIdentity | null;
  readonly callerNumber: string;
  /** E.164 when the number is Iranian. */
  readonly phone: string | null;
  /** From the IVR path (the queue's section), or null for the main menu's voicemail. */
  readonly categoryCode: string | null;
  readonly ivrPath: string;
  readonly audio: StoredAudio;
  readonly seconds: number;
  readonly at: Date;
}

/** What telephony needs from the ticket lifecycle; the composition root gives it the use cases. */
export interface TicketDesk {
  /** Registers the message as a ticket (channel voicemail) in the message center's cartable, audio attached; null when it cannot. */
  fileVoicemail(voicemail: Voicemail): Promise<{ readonly ticketId: number; readonly trackingCode: string } | null>;
  /** Attaches a call's recording to a ticket registered during the call. */
  attachCallRecording(ticketId: number, audio: StoredAudio, callId: number): Promise<void>;
}
