import type { Page } from '../page.js';

/** One row of the SMS outbox (GET /api/admin/sms-messages, read-only). */
export interface SmsMessage {
  readonly id: number;
  readonly event: string;
  readonly ticketId: number | null;
  readonly toPhone: string;
  readonly language: string;
  readonly body: string;
  readonly status: string;
  readonly provider: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly deliveredAt: string | null;
}

export type SmsMessagePage = Page<SmsMessage>;
