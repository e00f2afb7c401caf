import type { Language } from '../i18n/language.js';

/** An SMS to be sent, one per event and recipient. */
export interface QueuedSms {
  /** Per event and recipient: the same key is never queued (so never sent) twice. */
  readonly idempotencyKey: string;
  /** The template it was rendered from. */
  readonly event: string;
  readonly ticketId: number | null;
  /** Canonical E.164. */
  readonly to: string;
  readonly language: Language;
  readonly body: string;
}

export interface OutgoingSms extends QueuedSms {
  readonly id: number;
  readonly attempts: number;
}

/**
 * The default provider's name: nothing is sent, the messages stay in the outbox for the admin to
 * read. Its messages are stored as they are queued, since there is nothing to send them with.
 */
export const OUTBOX_PROVIDER = 'outbox';

export type SmsStatus = 'queued' | 'sending' | 'sent' | 'stored' | 'delivered' | 'undelivered' | 'failed' | 'unknown';

export interface DeliveryReport {
  readonly providerMessageId: string;
  readonly status: 'delivered' | 'undelivered';
  readonly at: Date;
}

/**
 * The SMS outbox (`sms_messages`): every SMS is queued here first, then sent by a relay through the
 * configured provider. Implemented in database/repositories/sms.
 */
export interface SmsOutbox {
  /** Queues the messages whose keys are new (for OUTBOX_PROVIDER: stores them); returns how many were. */
  enqueue(messages: readonly QueuedSms[], provider: string, now: Date): Promise<number>;
  /**
   * Takes due queued messages for sending: marks them `sending` (an attempt counted) and commits
   * before anything is sent, with a lease until `leaseUntil`.
   */
  claimDue(now: Date, limit: number, leaseUntil: Date): Promise<OutgoingSms[]>;
  markSent(id: number, providerMessageId: string | null, at: Date): Promise<void>;
  /** The outbox provider keeps it for the admin instead of sending. */
  markStored(id: number, at: Date): Promise<void>;
  markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void>;
  markFailed(id: number, error: string): Promise<void>;
  /** It may or may not have gone out; it is never sent again by itself. */
  markUnknown(id: number, error: string): Promise<void>;
  /** Messages left `sending` past their lease (the sender died): marked unknown and returned. */
  recoverInterrupted(now: Date): Promise<number>;
  listUnknown(provider: string, limit: number): Promise<OutgoingSms[]>;
  /** An unknown message the provider says it never got: queued again. */
  requeue(id: number, now: Date): Promise<void>;
  /** Sent messages of a provider whose delivery is not known yet, not checked since `checkedBefore`. */
  awaitingDelivery(provider: string, sentSince: Date, checkedBefore: Date, limit: number): Promise<Array<{ readonly id: number; readonly providerMessageId: string }>>;
  markChecked(ids: readonly number[], at: Date): Promise<void>;
  recordDelivery(provider: string, report: DeliveryReport): Promise<void>;
}
