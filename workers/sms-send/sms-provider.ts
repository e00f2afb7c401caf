import type { DeliveryReport } from '../../core/notifications/sms-outbox.js';

export interface SmsMessage {
  /** Canonical E.164. */
  readonly to: string;
  readonly text: string;
  /** One per event and recipient; a provider that can deduplicate or look messages up uses it. */
  readonly idempotencyKey: string;
}

export type SmsSendResult =
  /** The gateway accepted it; its id lets delivery be followed. */
  | { readonly status: 'sent'; readonly providerMessageId: string | null }
  /** Kept for the admin to read (the outbox provider); nothing was sent. */
  | { readonly status: 'stored' };

/** Whether a message whose send ended without an answer reached the gateway. */
export type SmsLookup = { readonly found: true; readonly providerMessageId: string } | { readonly found: false };

/**
 * One SMS gateway. `send` throws a TransientError when the message certainly did not go out (worth
 * retrying), an SmsRejectedError when the gateway refused it for good, and an SmsOutcomeUnknownError
 * when it may or may not have gone out (it is then never sent again unless `lookup` can tell).
 */
export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<SmsSendResult>;
  /** Looks a message up by its idempotency key, for those whose outcome is unknown. */
  lookup?(idempotencyKey: string): Promise<SmsLookup>;
  /** Asks the gateway how sent messages fared (polling). */
  deliveryStatuses?(providerMessageIds: readonly string[]): Promise<DeliveryReport[]>;
  /** Delivery reports the gateway pushes (SMPP delivery receipts). */
  onDeliveryReport?(listener: (report: DeliveryReport) => void): void;
  close?(): Promise<void>;
}
