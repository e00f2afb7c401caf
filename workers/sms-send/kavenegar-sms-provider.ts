import { TransientError } from '../../core/errors/transient-error.js';
import type { DeliveryReport } from '../../core/notifications/sms-outbox.js';
import { kavenegarLocalId } from './kavenegar-local-id.js';
import { SmsOutcomeUnknownError, SmsRejectedError } from './sms-errors.js';
import type { SmsLookup, SmsMessage, SmsProvider, SmsSendResult } from './sms-provider.js';

export interface KavenegarOptions {
  readonly apiKey: string;
  /** The sender line (e.g. 10004346). */
  readonly sender: string;
  /** https://api.kavenegar.com; tests point it at a local double. */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly now?: () => Date;
}

interface KavenegarEntry {
  readonly messageid?: number;
  readonly localid?: string | number;
  readonly status?: number;
  readonly statustext?: string;
}

interface KavenegarAnswer {
  readonly return?: { readonly status?: number; readonly message?: string };
  readonly entries?: readonly KavenegarEntry[] | null;
}

// Connection failures that happen before a request is written: the message certainly did not go out.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
// Kavenegar's message statuses: 10 delivered; 6 failed, 11 undelivered, 13 cancelled, 14 blocked.
const DELIVERED = new Set([10]);
const UNDELIVERED = new Set([6, 11, 13, 14]);
// `return.status` 418: not enough credit (sends again once topped up). 409: the server could not answer.
const INSUFFICIENT_CREDIT = 418;
// statuslocalmessageid answers 100 for a localid it never saw.
const UNKNOWN_ID = 100;

/** Kavenegar's receptors are written in the national form, 09121234567. */
function receptor(e164: string): string {
  return e164.startsWith('+98') ? `0${e164.slice(3)}` : e164;
}

/**
 * Kavenegar's REST API (api.kavenegar.com/v1/{API-KEY}/sms/*.json, form-encoded POSTs, JSON answers
 * with `return.status` 200 on success). Each message carries a `localid` derived from its
 * idempotency key, so a send whose answer was lost is looked up (`statuslocalmessageid`) instead of
 * repeated; delivery is polled with `status`.
 */
export class KavenegarSmsProvider implements SmsProvider {
  readonly name = 'kavenegar';

  constructor(private readonly options: KavenegarOptions) {}

  private async call(method: string, form: Record<string, string>, whileSending: boolean): Promise<KavenegarAnswer> {
    const url = `${this.options.baseUrl.replace(/\/$/, '')}/v1/${encodeURIComponent(this.options.apiKey)}/sms/${method}.json`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams(form).toString(),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code !== undefined && NOT_SENT.has(code)) throw new TransientError(`Kavenegar unreachable (${code})`, { cause: error });
      if (!whileSending) throw new TransientError(`Kavenegar ${method} failed`, { cause: error });
      throw new SmsOutcomeUnknownError(`Kavenegar did not answer (${code ?? (error as Error).name})`, { cause: error });
    }
    let answer: KavenegarAnswer;
    try {
      answer = (await response.json()) as KavenegarAnswer;
    } catch (error) {
      if (!whileSending || response.status < 500) throw new TransientError(`Kavenegar ${method} answered ${response.status} without JSON`, { cause: error });
      throw new SmsOutcomeUnknownError(`Kavenegar answered ${response.status} without JSON`, { cause: error });
    }
    const status = answer.return?.status ?? response.status;
    if (status === 200) return answer;
    const message = `Kavenegar ${method}: ${status} ${answer.return?.message ?? ''}`.trim();
    if (status === INSUFFICIENT_CREDIT) throw new TransientError(message);
    if (status >= 500 || status === 409) {
      if (whileSending) throw new SmsOutcomeUnknownError(message);
      throw new TransientError(message);
    }
    throw new SmsRejectedError(message, status);
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    const answer = await this.call(
      'send',
      { receptor: receptor(message.to), sender: this.options.sender, message: message.text, localid: kavenegarLocalId(message.idempotencyKey) },
      true,
    );
    const messageId = answer.entries?.[0]?.messageid;
    return { status: 'sent', providerMessageId: messageId === undefined ? null : String(messageId) };
  }

  async lookup(idempotencyKey: string): Promise<SmsLookup> {
    const answer = await this.call('statuslocalmessageid', { localid: kavenegarLocalId(idempotencyKey) }, false);
    const entry = answer.entries?.[0];
    if (entry === undefined || entry.status === UNKNOWN_ID || entry.messageid === undefined || entry.messageid === 0) return { found: false };
    return { found: true, providerMessageId: String(entry.messageid) };
  }

  async deliveryStatuses(providerMessageIds: readonly string[]): Promise<DeliveryReport[]> {
    if (providerMessageIds.length === 0) return [];
    const answer = await this.call('status', { messageid: providerMessageIds.join(',') }, false);
    const at = this.options.now?.() ?? new Date();
    const reports: DeliveryReport[] = [];
    for (const entry of answer.entries ?? []) {
      if (entry.messageid === undefined || entry.status === undefined) continue;
      if (DELIVERED.has(entry.status)) reports.push({ providerMessageId: String(entry.messageid), status: 'delivered', at });
      else if (UNDELIVERED.has(entry.status)) reports.push({ providerMessageId: String(entry.messageid), status: 'undelivered', at });
    }
    return reports;
  }
}
