import { ChangeDetectionStrategy, Component, computed, effect, input, output, untracked } from '@angular/core';
import type { EntityStore } from '../admin-data/entity-store';
import { SaveState } from '../admin-data/save-state';
import type { FormValues } from './admin-field';
import { EntityForm } from './entity-form';
import type { EntitySpec } from './entity-spec';

/**
 * Creates, edits or deletes one record of an entity store with `<pk-entity-form>`: the same for
 * every administered entity, told apart by its `EntitySpec`.
 */
@Component({
  selector: 'pk-entity-editor',
  imports: [EntityForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pk-entity-form
      [idPrefix]="spec().idPrefix"
      [fields]="fields()"
      [values]="values()"
      [error]="state.error()"
      [busy]="state.busy()"
      [done]="state.done()"
      [editing]="entity() !== null"
      [deletable]="deletable()"
      (submitted)="save($event)"
      (cancelled)="cancelled.emit()"
      (deleted)="remove()"
    />
  `,
})
export class EntityEditor<T extends { readonly id: number }, I> {
  readonly store = input.required<EntityStore<T, I>>();
  readonly spec = input.required<EntitySpec<T, I>>();
  /** The record to edit; `null` to create one from `seed`. */
  readonly entity = input<T | null>(null);
  readonly seed = input<FormValues>({});
  readonly deletable = input(true);
  readonly saved = output<number>();
  readonly removed = output<void>();
  readonly cancelled = output<void>();

  protected readonly state = new SaveState();
  protected readonly fields = computed(() => this.spec().fields(this.entity()));
  protected readonly values = computed(() => this.spec().toValues(this.entity(), this.seed()));

  private readonly entityId = computed(() => this.entity()?.id ?? null);
  /** The record this editor just created, which the page shows next: its "saved" line stays. */
  private justCreated: number | null = null;

  constructor() {
    effect(() => {
      // Another record (or a new one): no message of the previous one stays.
      const id = this.entityId();
      this.seed();
      untracked(() => {
        if (id === null || id !== this.justCreated) this.state.reset();
        this.justCreated = null;
      });
    });
  }

  protected async save(values: FormValues): Promise<void> {
    const input = this.spec().toInput(values);
    const creating = this.entity() === null;
    const saved = await this.state.run(() => this.store().save(this.entity()?.id ?? null, input));
    if (!saved) return;
    if (creating) this.justCreated = saved.id;
    this.saved.emit(saved.id);
  }

  protected async remove(): Promise<void> {
    const entity = this.entity();
    if (entity === null) return;
    const done = await this.state.run(() => this.store().remove(entity.id).then(() => true), null);
    if (done) this.removed.emit();
  }
}
