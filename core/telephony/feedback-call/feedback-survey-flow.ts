import { isSatisfactionScore, type FeedbackResponse } from '../../feedback/feedback-response.js';
import { sayDigits } from '../../speech/say-digits.js';
import type { CallCommand } from '../call/call-command.js';
import type { CallEvent } from '../call/call-event.js';
import { type Answer, DigitCollector } from '../call/digit-collector.js';
import { FEEDBACK_PROMPTS, IVR_PROMPTS } from '../telephony-prompts.js';

export interface FeedbackSurveyContext {
  readonly trackingCode: string;
  readonly callKey: string;
  readonly firstDigitTimeoutMs: number;
  readonly maxAttempts: number;
}

/**
 * The automated satisfaction survey on an answered outbound call: names the request, asks for 1–5,
 * re-asks on a wrong key or silence, thanks and hangs up. `response` is the answer once given
 * (a hangup before that, or running out of attempts, is no answer).
 */
export class FeedbackSurveyFlow {
  readonly #collector: DigitCollector;
  #attempt = 1;
  #next = 1;
  #closing: string | null = null;
  #ended = false;
  #response: FeedbackResponse = { kind: 'noAnswer' };

  constructor(private readonly context: FeedbackSurveyContext) {
    this.#collector = new DigitCollector(() => `${context.callKey}-p${this.#next++}`);
  }

  get response(): FeedbackResponse {
    return this.#response;
  }

  get ended(): boolean {
    return this.#ended;
  }

  start(): CallCommand[] {
    return this.#ask([FEEDBACK_PROMPTS.intro, ...sayDigits(this.context.trackingCode), FEEDBACK_PROMPTS.introEnd, FEEDBACK_PROMPTS.question]);
  }

  handle(event: CallEvent): CallCommand[] {
    if (this.#ended) return [];
    if (event.kind === 'hungUp') {
      this.#ended = true;
      return [];
    }
    if (this.#closing !== null) {
      if (event.kind !== 'playbackFinished' || event.playbackId !== this.#closing) return [];
      this.#ended = true;
      return [{ kind: 'hangup' }];
    }
    const step = this.#collector.handle(event);
    return step.answer === null ? step.commands : [...step.commands, ...this.#answered(step.answer)];
  }

  #answered(answer: Answer): CallCommand[] {
    const score = answer.kind === 'digits' ? Number(answer.digits) : Number.NaN;
    if (isSatisfactionScore(score)) {
      this.#response = { kind: 'answered', score, comment: null };
      return this.#close([FEEDBACK_PROMPTS.thanks]);
    }
    if (this.#attempt >= this.context.maxAttempts) return this.#close([IVR_PROMPTS.goodbye]);
    this.#attempt += 1;
    return this.#ask([answer.kind === 'noInput' ? IVR_PROMPTS.noInput : FEEDBACK_PROMPTS.invalid, FEEDBACK_PROMPTS.question]);
  }

  #ask(prompts: string[]): CallCommand[] {
    return this.#collector.ask({ prompts, maxDigits: 1, terminator: null, firstDigitTimeoutMs: this.context.firstDigitTimeoutMs, interDigitTimeoutMs: this.context.firstDigitTimeoutMs });
  }

  #close(prompts: string[]): CallCommand[] {
    this.#closing = `${this.context.callKey}-p${this.#next++}`;
    return [{ kind: 'play', playbackId: this.#closing, prompts }];
  }
}
