import { signal } from '@angular/core';
import type { MessageId } from '../../core/i18n/message-id';

/**
 * The state of a form's save (or delete): busy while the call runs, the failure to show next to the
 * fields, or the line that confirms it worked.
 */
export class SaveState {
  readonly busy = signal(false);
  readonly error = signal<unknown>(null);
  readonly done = signal<MessageId | null>(null);

  /** Runs `action` unless one is running; resolves to its result, or `undefined` when it failed. */
  async run<T>(action: () => Promise<T>, done: MessageId | null = 'admin.saved'): Promise<T | undefined> {
    if (this.busy()) return undefined;
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    try {
      const result = await action();
      this.done.set(done);
      return result;
    } catch (error) {
      this.error.set(error);
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }

  reset(): void {
    this.error.set(null);
    this.done.set(null);
  }
}
