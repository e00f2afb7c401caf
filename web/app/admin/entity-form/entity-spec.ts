import type { AdminField, FormValues } from './admin-field';

/**
 * How one administered entity is edited: its fields, the values a record (or a new one) starts
 * with, and the API's input made of the values.
 */
export interface EntitySpec<T, I> {
  /** Prefix of the form's ids, unique on the page. */
  readonly idPrefix: string;
  fields(editing: T | null): readonly AdminField[];
  /** The values of `entity`, or of a new record when `null`, starting from `seed` (a parent chosen beforehand). */
  toValues(entity: T | null, seed: FormValues): FormValues;
  toInput(values: FormValues): I;
}
