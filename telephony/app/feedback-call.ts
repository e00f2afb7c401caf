import { randomUUID } from 'node:crypto';
import type { FeedbackResponse } from '../../core/feedback/feedback-response.js';
import { parseIranianPhoneNumber } from '../../core/org/iranian-phone-number.js';
import type { CallCommand } from '../../core/telephony/call/call-command.js';
import type { CallEvent } from '../../core/telephony/call/call-event.js';
import type { DialFailure } from '../../core/telephony/feedback-call/feedback-call-policy.js';
import { FeedbackSurveyFlow } from '../../core/telephony/feedback-call/feedback-survey-flow.js';
import type { Database } from '../../database/database.js';
import { type CallChanges, insertCall, updateCall } from '../../database/telephony/call-log.js';
import type { TelephonyCommand } from '../../database/telephony/telephony-commands.js';
import type { Logger } from '../logger.js';
import { CallChannel, type CallChannelDeps } from './call-channel.js';
import { SerialQueue } from './serial-queue.js';

export type FeedbackCallCommand = Extract<TelephonyCommand, { kind: 'feedbackCall' }>;

export interface FeedbackCallDeps extends CallChannelDeps {
  readonly db: Database;
  /** `PJSIP/{number}@trunk`: how a requester's number is dialled (national form, 09…). */
  readonly dialEndpoint: string;
  readonly callerId: string;
  readonly ringTimeoutMs: number;
  readonly firstDigitTimeoutMs: number;
  readonly maxAttempts: number;
}

/** How the survey call ended. */
export type FeedbackCallResult = { readonly kind: 'answered'; readonly response: FeedbackResponse } | { readonly kind: 'notReached'; readonly failure: DialFailure };

/**
 * An automated feedback call: dials the requester, and once they pick up runs the survey
 * (FeedbackSurveyFlow) over the channel; `done` settles with the answer or why nobody was reached.
 */
export class FeedbackCall {
  readonly key = randomUUID();
  readonly channel: CallChannel;
  readonly flow: FeedbackSurveyFlow;
  readonly done: Promise<FeedbackCallResult>;
  #state: 'dialling' | 'answered' | 'ended' = 'dialling';
  #settle: (result: FeedbackCallResult) => void = () => undefined;
  #dbId: number | null = null;
  readonly #db: SerialQueue;

  constructor(
    readonly command: FeedbackCallCommand,
    private readonly deps: FeedbackCallDeps,
    private readonly log: Logger,
  ) {
    this.done = new Promise((resolve) => (this.#settle = resolve));
    this.channel = new CallChannel(this.key, deps, (event) => this.handle(event), log);
    this.flow = new FeedbackSurveyFlow({ trackingCode: command.trackingCode, callKey: this.key, firstDigitTimeoutMs: deps.firstDigitTimeoutMs, maxAttempts: deps.maxAttempts });
    this.#db = new SerialQueue((error) => log.error({ err: error }, 'storing the feedback call failed'));
  }

  get channelId(): string {
    return this.key;
  }

  /** Stores the call and dials; an endpoint Asterisk cannot reach ends it at once. */
  dial(now: Date): void {
    this.#db.push(async () => {
      this.#dbId = await this.deps.db.transaction((tx) =>
        insertCall(tx.sql, { callKey: this.key, direction: 'outbound', purpose: 'feedback', callerNumber: this.command.phone, callerPhone: this.command.phone, ivrVersion: null, startedAt: now }),
      );
    });
    this.channel.run(async () => {
      try {
        await this.deps.ari.originate({
          endpoint: this.deps.dialEndpoint.replace('{number}', parseIranianPhoneNumber(this.command.phone)?.national ?? this.command.phone),
          channelId: this.key,
          appArgs: 'feedback',
          callerId: this.deps.callerId,
          timeoutSeconds: Math.ceil(this.deps.ringTimeoutMs / 1000),
        });
      } catch (error) {
        this.log.warn({ err: error }, 'the feedback call could not be dialled');
        this.#notReached('unreachable', now);
      }
    });
  }

  /** The requester picked up: the survey starts. */
  answered(now: Date): void {
    if (this.#state !== 'dialling') return;
    this.#state = 'answered';
    this.#record({ answeredAt: now });
    this.#apply(this.flow.start());
  }

  handle(event: CallEvent): void {
    if (this.#state !== 'answered') return;
    this.#apply(this.flow.handle(event));
  }

  /** The channel is gone: before the answer it was not reached (busy, no answer); after, the survey ends. */
  hungUp(cause: number | undefined, now: Date): void {
    if (this.#state === 'ended') return;
    if (this.#state === 'dialling') {
      this.#notReached(cause === 17 ? 'busy' : 'noAnswer', now);
      return;
    }
    this.#state = 'ended';
    this.channel.markGone();
    this.flow.handle({ kind: 'hungUp' });
    const response = this.flow.response;
    this.#record({ endedAt: now, outcome: response.kind === 'answered' ? 'answered' : 'noResponse' });
    this.#settle({ kind: 'answered', response });
  }

  settled(): Promise<void> {
    return this.#db.idle();
  }

  #notReached(failure: DialFailure, now: Date): void {
    if (this.#state === 'ended') return;
    this.#state = 'ended';
    this.channel.markGone();
    this.#record({ endedAt: now, outcome: failure });
    this.#settle({ kind: 'notReached', failure });
  }

  #apply(commands: readonly CallCommand[]): void {
    for (const command of commands) {
      if (!this.channel.execute(command)) this.log.error({ command: command.kind }, 'the survey asked for something a feedback call cannot do');
    }
  }

  #record(changes: CallChanges): void {
    this.#db.push(async () => {
      if (this.#dbId !== null) await this.deps.db.transaction((tx) => updateCall(tx.sql, this.#dbId as number, changes));
    });
  }
}
