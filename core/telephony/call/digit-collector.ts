import type { PromptList } from '../ivr/ivr-definition.js';
import type { CallCommand } from './call-command.js';
import type { CallEvent } from './call-event.js';

/** A prompt that asks for keys. */
export interface Question {
  readonly prompts: PromptList;
  readonly maxDigits: number;
  /** A key that ends the input early (`#`); it is not part of the answer. */
  readonly terminator: '#' | null;
  readonly firstDigitTimeoutMs: number;
  readonly interDigitTimeoutMs: number;
}

export type Answer = { readonly kind: 'digits'; readonly digits: string } | { readonly kind: 'noInput' };

export interface CollectorStep {
  readonly commands: CallCommand[];
  /** Set once the question is answered (or went unanswered); the collector is then idle. */
  readonly answer: Answer | null;
}

/**
 * Plays a question and collects its keys: the first key cuts the prompt short; silence after the
 * prompt (first-digit timeout) is no input; silence between keys, the terminator or the last
 * possible digit ends the answer.
 */
export class DigitCollector {
  #question: Question | null = null;
  #playbackId: string | null = null;
  #playing = false;
  #digits = '';

  constructor(private readonly nextPlaybackId: () => string) {}

  get active(): boolean {
    return this.#question !== null;
  }

  ask(question: Question): CallCommand[] {
    this.#question = question;
    this.#playbackId = this.nextPlaybackId();
    this.#playing = true;
    this.#digits = '';
    return [{ kind: 'cancelTimer', timer: 'input' }, { kind: 'play', playbackId: this.#playbackId, prompts: question.prompts }];
  }

  /** Abandons the question (the call moved on): the prompt stops, the timer is cancelled. */
  cancel(): CallCommand[] {
    if (this.#question === null) return [];
    const commands: CallCommand[] = [{ kind: 'cancelTimer', timer: 'input' }];
    if (this.#playing && this.#playbackId !== null) commands.push({ kind: 'stopPlayback', playbackId: this.#playbackId });
    this.#reset();
    return commands;
  }

  handle(event: CallEvent): CollectorStep {
    const question = this.#question;
    if (question === null) return { commands: [], answer: null };
    switch (event.kind) {
      case 'playbackFinished':
        if (event.playbackId !== this.#playbackId || !this.#playing) return { commands: [], answer: null };
        this.#playing = false;
        // Keys pressed during the prompt already started the inter-digit timer.
        return { commands: this.#digits === '' ? [{ kind: 'startTimer', timer: 'input', ms: question.firstDigitTimeoutMs }] : [], answer: null };
      case 'dtmf':
        return this.#key(question, event.digit);
      case 'timer':
        return this.#finish(this.#digits === '' ? { kind: 'noInput' } : { kind: 'digits', digits: this.#digits }, []);
      default:
        return { commands: [], answer: null };
    }
  }

  #key(question: Question, digit: string): CollectorStep {
    const commands: CallCommand[] = [];
    if (this.#playing && this.#playbackId !== null && this.#digits === '') commands.push({ kind: 'stopPlayback', playbackId: this.#playbackId });
    if (digit === question.terminator) return this.#finish({ kind: 'digits', digits: this.#digits }, [...commands, { kind: 'cancelTimer', timer: 'input' }]);
    this.#digits += digit;
    if (this.#digits.length >= question.maxDigits) return this.#finish({ kind: 'digits', digits: this.#digits }, [...commands, { kind: 'cancelTimer', timer: 'input' }]);
    return { commands: [...commands, { kind: 'startTimer', timer: 'input', ms: question.interDigitTimeoutMs }], answer: null };
  }

  #finish(answer: Answer, commands: CallCommand[]): CollectorStep {
    this.#reset();
    return { commands, answer };
  }

  #reset(): void {
    this.#question = null;
    this.#playbackId = null;
    this.#playing = false;
    this.#digits = '';
  }
}
