import type { CallCommand } from '../call/call-command.js';
import type { CallEvent } from '../call/call-event.js';
import type { CallTimer } from '../call/call-timer.js';

export interface DrivableFlow {
  start(): CallCommand[];
  handle(event: CallEvent): CallCommand[];
}

/**
 * Plays the executor for a call flow in unit tests, on a fake clock: keeps the flow's timers and
 * playbacks, reports a stopped playback as finished (as Asterisk does), and lets the test press
 * keys, let prompts play out and move time forward.
 */
export class FlowDriver {
  readonly commands: CallCommand[] = [];
  now = 0;
  readonly #timers = new Map<CallTimer, number>();
  readonly #playing = new Map<string, readonly string[]>();
  readonly #pending: CallEvent[] = [];

  constructor(private readonly flow: DrivableFlow) {}

  start(): CallCommand[] {
    return this.#apply(this.flow.start());
  }

  /** Feeds one event (and the playback ends it causes); returns the commands it led to. */
  send(event: CallEvent): CallCommand[] {
    const produced = this.#apply(this.flow.handle(event));
    while (this.#pending.length > 0) produced.push(...this.#apply(this.flow.handle(this.#pending.shift() as CallEvent)));
    return produced;
  }

  /** The prompt playing now ends (the newest, when several were started). */
  finishPlayback(): CallCommand[] {
    const id = [...this.#playing.keys()].at(-1);
    if (id === undefined) throw new Error('nothing is playing');
    this.#playing.delete(id);
    return this.send({ kind: 'playbackFinished', playbackId: id });
  }

  press(digits: string): CallCommand[] {
    return [...digits].flatMap((digit) => this.send({ kind: 'dtmf', digit }));
  }

  /** Moves the clock, firing the timers that fall due on the way. */
  advance(ms: number): CallCommand[] {
    const until = this.now + ms;
    const produced: CallCommand[] = [];
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, at]) => at <= until).sort((a, b) => a[1] - b[1])[0];
      if (due === undefined) break;
      this.#timers.delete(due[0]);
      this.now = due[1];
      produced.push(...this.send({ kind: 'timer', timer: due[0] }));
    }
    this.now = until;
    return produced;
  }

  get playing(): readonly string[] {
    return [...this.#playing.values()].at(-1) ?? [];
  }

  timerDue(timer: CallTimer): number | undefined {
    return this.#timers.get(timer);
  }

  /** The prompts of every `play` so far, one list per playback. */
  get played(): (readonly string[])[] {
    return this.commands.flatMap((command) => (command.kind === 'play' ? [command.prompts] : []));
  }

  kinds(commands: readonly CallCommand[] = this.commands): string[] {
    return commands.map((command) => command.kind);
  }

  #apply(commands: CallCommand[]): CallCommand[] {
    for (const command of commands) {
      this.commands.push(command);
      switch (command.kind) {
        case 'play':
          this.#playing.set(command.playbackId, command.prompts);
          break;
        case 'stopPlayback':
          if (this.#playing.delete(command.playbackId)) this.#pending.push({ kind: 'playbackFinished', playbackId: command.playbackId });
          break;
        case 'startTimer':
          this.#timers.set(command.timer, this.now + command.ms);
          break;
        case 'cancelTimer':
          this.#timers.delete(command.timer);
          break;
        case 'hangup':
          this.#timers.clear();
          this.#playing.clear();
          break;
        default:
          break;
      }
    }
    return [...commands];
  }
}
