import smpp, { type Pdu, type Session } from 'smpp';
import { TransientError } from '../../core/errors/transient-error.js';
import type { DeliveryReport } from '../../core/notifications/sms-outbox.js';
import { SmsOutcomeUnknownError, SmsRejectedError } from './sms-errors.js';
import type { SmsMessage, SmsProvider, SmsSendResult } from './sms-provider.js';

export interface SmppOptions {
  /** smpp://host:2775 (or ssmpp:// for TLS). */
  readonly url: string;
  readonly systemId: string;
  readonly password: string;
  /** The sender line or name. */
  readonly sourceAddr: string;
  readonly enquireLinkMs: number;
  /** How long to wait for the gateway to acknowledge a message before its outcome is unknown. */
  readonly responseTimeoutMs: number;
  readonly now?: () => Date;
}

const MC_DELIVERY_RECEIPT = 0x04;
// message_state: 2 delivered; 3 expired, 4 deleted, 5 undeliverable, 8 rejected.
const FINAL_FAILURES = new Set([3, 4, 5, 8]);
const RECEIPT_FAILURES = new Set(['UNDELIV', 'EXPIRED', 'DELETED', 'REJECTD']);

/** A Persian message fits 70 characters in one segment (UCS-2), a Latin one 160; longer ones go as `message_payload`. */
function messageField(text: string): Record<string, unknown> {
  const limit = [...text].some((character) => character.charCodeAt(0) > 0x7f) ? 70 : 160;
  return text.length <= limit ? { short_message: text } : { message_payload: text };
}

/** The delivery report a `deliver_sm` carries, when it is a final delivery receipt. */
export function deliveryReportOf(pdu: Pdu, at: Date): DeliveryReport | null {
  if ((Number(pdu.esm_class ?? 0) & MC_DELIVERY_RECEIPT) === 0) return null;
  const body = pdu.short_message as { message?: unknown } | undefined;
  const text = typeof body?.message === 'string' ? body.message : '';
  const id = (typeof pdu.receipted_message_id === 'string' ? pdu.receipted_message_id : undefined) ?? /\bid:(\S+)/i.exec(text)?.[1];
  if (id === undefined) return null;
  const state = typeof pdu.message_state === 'number' ? pdu.message_state : undefined;
  const stat = /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  if (state === 2 || stat === 'DELIVRD') return { providerMessageId: id.replace(/\0+$/, ''), status: 'delivered', at };
  if ((state !== undefined && FINAL_FAILURES.has(state)) || (stat !== undefined && RECEIPT_FAILURES.has(stat))) return { providerMessageId: id.replace(/\0+$/, ''), status: 'undelivered', at };
  return null;
}

/**
 * An SMSC over SMPP 3.4/5.0 (the `smpp` package): one transceiver session, bound on first use and
 * again after it drops, kept alive with enquire_link. Messages ask for delivery receipts, which
 * arrive as `deliver_sm` and are passed to the listener. SMPP has no idempotency, so a message
 * whose `submit_sm_resp` never came is reported as of unknown outcome and not sent again.
 */
export class SmppSmsProvider implements SmsProvider {
  readonly name = 'smpp';
  private bound: Promise<Session> | null = null;
  private readonly listeners: Array<(report: DeliveryReport) => void> = [];
  private readonly inFlight = new Set<(error: Error) => void>();
  private closing = false;

  constructor(private readonly options: SmppOptions) {}

  onDeliveryReport(listener: (report: DeliveryReport) => void): void {
    this.listeners.push(listener);
  }

  private session(): Promise<Session> {
    if (this.bound) return this.bound;
    const bound = new Promise<Session>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (!settled) {
          settled = true;
          reject(error);
        }
      };
      const session = smpp.connect({ url: this.options.url, auto_enquire_link_period: this.options.enquireLinkMs }, () => {
        session.bind_transceiver({ system_id: this.options.systemId, password: this.options.password }, (pdu) => {
          if (pdu.command_status === smpp.ESME_ROK) {
            settled = true;
            resolve(session);
          } else {
            fail(new TransientError(`the SMSC refused to bind (status ${pdu.command_status})`));
            session.close();
          }
        });
      });
      session.on('error', (error: Error) => fail(new TransientError(`SMPP connection failed: ${error.message}`, { cause: error })));
      session.on('close', () => {
        if (this.bound === bound) this.bound = null;
        fail(new TransientError('the SMPP connection closed while binding'));
        // Messages written but not acknowledged may or may not have been taken.
        for (const abandon of [...this.inFlight]) abandon(new SmsOutcomeUnknownError('the SMPP connection closed before the message was acknowledged'));
      });
      session.on('deliver_sm', (pdu: Pdu) => {
        session.send(pdu.response());
        const report = deliveryReportOf(pdu, this.options.now?.() ?? new Date());
        if (report) for (const listener of this.listeners) listener(report);
      });
      session.on('enquire_link', (pdu: Pdu) => session.send(pdu.response()));
      session.on('unbind', (pdu: Pdu) => {
        session.send(pdu.response());
        session.close();
      });
    });
    this.bound = bound;
    bound.catch(() => {
      if (this.bound === bound) this.bound = null;
    });
    return bound;
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    if (this.closing) throw new TransientError('the SMPP provider is closing');
    // Until bound, nothing was sent: failures here are transient.
    const session = await this.session();
    return new Promise<SmsSendResult>((resolve, reject) => {
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        this.inFlight.delete(abandon);
        outcome();
      };
      const abandon = (error: Error) => settle(() => reject(error));
      const timer = setTimeout(() => abandon(new SmsOutcomeUnknownError(`no submit_sm_resp within ${this.options.responseTimeoutMs} ms`)), this.options.responseTimeoutMs);
      this.inFlight.add(abandon);
      const written = session.submit_sm(
        {
          source_addr: this.options.sourceAddr,
          destination_addr: message.to.replace(/^\+/, ''),
          dest_addr_ton: 1,
          dest_addr_npi: 1,
          registered_delivery: 1,
          ...messageField(message.text),
        },
        (pdu) =>
          settle(() => {
            if (pdu.command_status === smpp.ESME_ROK) resolve({ status: 'sent', providerMessageId: String(pdu.message_id) });
            else if (pdu.command_status === smpp.ESME_RTHROTTLED || pdu.command_status === smpp.ESME_RMSGQFUL) reject(new TransientError(`the SMSC is busy (status ${pdu.command_status})`));
            else reject(new SmsRejectedError(`the SMSC rejected the message (status ${pdu.command_status})`, pdu.command_status));
          }),
      );
      if (!written) abandon(new TransientError('the SMPP connection is not writable'));
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const bound = this.bound;
    this.bound = null;
    if (!bound) return;
    const session = await bound.catch(() => null);
    if (!session) return;
    await new Promise<void>((resolve) => {
      const timeout = setTimeout(() => session.destroy(() => resolve()), 2_000);
      session.unbind(() => session.close(() => {
        clearTimeout(timeout);
        resolve();
      }));
    });
  }
}
