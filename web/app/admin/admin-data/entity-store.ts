import { computed, signal } from '@angular/core';
import type { AdminCollection } from './admin-collection';

interface StoreState<T> {
  readonly items: readonly T[];
  readonly status: 'idle' | 'loading' | 'loaded' | 'failed';
  readonly error: unknown;
}

/**
 * The rows of one administered entity, as signals, for every admin page that shows or picks them.
 * Loaded once; after each change the list is read again, since a change can alter other rows too (a
 * position moved under another changes the escalation paths below it).
 */
export class EntityStore<T extends { readonly id: number }, I> {
  private readonly state = signal<StoreState<T>>({ items: [], status: 'idle', error: null });
  private loading: Promise<void> | null = null;

  readonly items = computed(() => this.state().items);
  readonly loaded = computed(() => this.state().status === 'loaded');
  /** Why the last load failed; `null` otherwise. */
  readonly error = computed(() => (this.state().status === 'failed' ? this.state().error : null));
  readonly byId = computed(() => new Map(this.state().items.map((item) => [item.id, item])));

  constructor(private readonly collection: AdminCollection<T, I>) {}

  /** Loads the rows unless they are loaded or loading. */
  load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  /** Reads the rows again, keeping the current ones on screen meanwhile. */
  reload(): Promise<void> {
    this.loading = this.read();
    return this.loading;
  }

  /** Creates (`id` null) or replaces a row; rejects with the API's error, the list unchanged. */
  async save(id: number | null, input: I): Promise<T> {
    const saved = id === null ? await this.collection.create(input) : await this.collection.update(id, input);
    await this.reload();
    return saved;
  }

  async remove(id: number): Promise<void> {
    await this.collection.remove(id);
    await this.reload();
  }

  private async read(): Promise<void> {
    this.state.update((state) => ({ ...state, status: state.status === 'loaded' ? 'loaded' : 'loading' }));
    try {
      const items = await this.collection.list();
      this.state.set({ items, status: 'loaded', error: null });
    } catch (error) {
      this.loading = null;
      this.state.update((state) => ({ ...state, status: 'failed', error }));
    }
  }
}
