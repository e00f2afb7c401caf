import type { Logger } from 'pino';
import { TransientError } from '../../core/errors/transient-error.js';
import type { OutgoingSms, SmsOutbox } from '../../core/notifications/sms-outbox.js';
import type { Clock } from '../../core/time/clock.js';
import { SmsOutcomeUnknownError, SmsRejectedError } from './sms-errors.js';
import type { SmsProvider } from './sms-provider.js';

export interface SmsDispatcherOptions {
  /** Attempts before a message that keeps failing transiently is given up. */
  readonly maxAttempts: number;
  /** First retry delay; doubled per attempt, at most `maxBackoffMs`. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  /** How often queued messages are looked for when nobody wakes the dispatcher. */
  readonly pollMs: number;
  /** How often sent messages' delivery is asked for (providers that are polled). */
  readonly statusPollMs: number;
  /** How long a message may stay `sending` before a dead sender is assumed. */
  readonly leaseMs: number;
  readonly batchSize: number;
}

export const DEFAULT_SMS_DISPATCHER_OPTIONS: SmsDispatcherOptions = {
  maxAttempts: 6,
  backoffMs: 30_000,
  maxBackoffMs: 3_600_000,
  pollMs: 5_000,
  statusPollMs: 60_000,
  leaseMs: 5 * 60_000,
  batchSize: 50,
};

/** Delivery is followed for this long after sending; later receipts are not waited for. */
const DELIVERY_WINDOW_MS = 3 * 24 * 3_600_000;

/**
 * Sends the SMS outbox through the configured provider. At most once: each message is marked
 * `sending` (and committed) before the provider is called, so a crash between the gateway accepting
 * it and us recording that leaves it `sending`; on the next start it becomes `unknown` and is never
 * sent again by itself — unless the provider can look it up by its key (Kavenegar's localid), in
 * which case it is recorded as sent or queued again. Transient failures are retried with exponential
 * backoff; delivery receipts (pushed or polled) are recorded.
 */
export class SmsDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private rounds: Promise<void> = Promise.resolve();
  private again = false;
  private lastStatusPoll = 0;
  private stopped = true;

  constructor(
    private readonly outbox: SmsOutbox,
    private readonly provider: SmsProvider,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: SmsDispatcherOptions = DEFAULT_SMS_DISPATCHER_OPTIONS,
  ) {
    provider.onDeliveryReport?.((report) => {
      void this.outbox.recordDelivery(provider.name, report).catch((error: unknown) => this.logger.error({ err: error, providerMessageId: report.providerMessageId }, 'recording a delivery report failed'));
    });
  }

  /** Recovers messages a dead sender left behind, then sends on a timer and whenever woken. */
  async start(): Promise<void> {
    this.stopped = false;
    const interrupted = await this.outbox.recoverInterrupted(this.clock.now());
    if (interrupted > 0) this.logger.warn({ interrupted }, 'SMS interrupted while sending are marked unknown and not sent again');
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.provider.close?.();
  }

  /** Something was queued: send it now rather than at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runOnce()
      .catch((error: unknown) => this.logger.error({ err: error }, 'the SMS dispatcher failed; it tries again at the next poll'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /**
   * One round: send what is due, settle unknown outcomes that can be looked up, poll delivery.
   * Rounds run one after another, so a round asked for while another is sending (woken by a step)
   * waits for it and ends with everything due at its start sent.
   */
  runOnce(): Promise<void> {
    const round = this.rounds.then(() => this.round());
    this.rounds = round.catch(() => undefined);
    return round;
  }

  private async round(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const batch = await this.outbox.claimDue(now, this.options.batchSize, new Date(now.getTime() + this.options.leaseMs));
      for (const message of batch) await this.sendOne(message);
      if (batch.length < this.options.batchSize) break;
    }
    if (this.provider.lookup) await this.settleUnknown();
    const now = this.clock.now().getTime();
    if (this.provider.deliveryStatuses && now - this.lastStatusPoll >= this.options.statusPollMs) {
      this.lastStatusPoll = now;
      await this.pollDelivery();
    }
  }

  private backoff(attempts: number): number {
    return Math.min(this.options.backoffMs * 2 ** (attempts - 1), this.options.maxBackoffMs);
  }

  private async sendOne(message: OutgoingSms): Promise<void> {
    const log = this.logger.child({ smsId: message.id, ticketId: message.ticketId, event: message.event });
    try {
      const result = await this.provider.send({ to: message.to, text: message.body, idempotencyKey: message.idempotencyKey });
      const at = this.clock.now();
      if (result.status === 'stored') await this.outbox.markStored(message.id, at);
      else await this.outbox.markSent(message.id, result.providerMessageId, at);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (error instanceof TransientError) {
        if (message.attempts >= this.options.maxAttempts) {
          log.error({ err: error, attempts: message.attempts }, 'SMS given up after repeated transient failures');
          await this.outbox.markFailed(message.id, text);
        } else {
          await this.outbox.markRetry(message.id, text, new Date(this.clock.now().getTime() + this.backoff(message.attempts)));
        }
      } else if (error instanceof SmsRejectedError) {
        log.warn({ err: error }, 'SMS rejected by the gateway');
        await this.outbox.markFailed(message.id, text);
      } else {
        // SmsOutcomeUnknownError, or anything unexpected after the provider was called: it may have gone out.
        if (!(error instanceof SmsOutcomeUnknownError)) log.error({ err: error }, 'SMS send failed unexpectedly');
        await this.outbox.markUnknown(message.id, text);
      }
    }
  }

  private async settleUnknown(): Promise<void> {
    for (const message of await this.outbox.listUnknown(this.provider.name, this.options.batchSize)) {
      try {
        const found = await this.provider.lookup!(message.idempotencyKey);
        if (found.found) await this.outbox.markSent(message.id, found.providerMessageId, this.clock.now());
        else await this.outbox.requeue(message.id, this.clock.now());
      } catch (error) {
        this.logger.warn({ err: error, smsId: message.id }, 'could not look up an SMS of unknown outcome; it is tried again later');
        return;
      }
    }
  }

  private async pollDelivery(): Promise<void> {
    const now = this.clock.now();
    const waiting = await this.outbox.awaitingDelivery(this.provider.name, new Date(now.getTime() - DELIVERY_WINDOW_MS), new Date(now.getTime() - this.options.statusPollMs), 500);
    if (waiting.length === 0) return;
    const reports = await this.provider.deliveryStatuses!(waiting.map((entry) => entry.providerMessageId));
    for (const report of reports) await this.outbox.recordDelivery(this.provider.name, report);
    await this.outbox.markChecked(waiting.map((entry) => entry.id), now);
  }
}
