import type { MessageId } from '../../core/i18n/message-id';

/** A choice of a select or of a set of check boxes. */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
  readonly disabled?: boolean;
}

interface FieldBase {
  /** The key of the field's value in `FormValues`. */
  readonly name: string;
  readonly label: MessageId;
  readonly hint?: MessageId;
  /** The field the API names in its validation problems, when not `name` (`target.positionIds`). */
  readonly problemField?: string;
  /** Spans the whole row of the form. */
  readonly wide?: boolean;
  /** Shown only while another field (a select) has this value. */
  readonly shownWhen?: { readonly field: string; readonly equals: string };
}

/** One field of `<pk-entity-form>`; the form lays it out with its label, hint and the API's problems. */
export type AdminField =
  | (FieldBase & { readonly kind: 'text'; readonly dir?: 'rtl' | 'ltr'; readonly multiline?: boolean })
  | (FieldBase & { readonly kind: 'number'; readonly min?: number; readonly max?: number })
  | (FieldBase & { readonly kind: 'color' })
  | (FieldBase & { readonly kind: 'check' })
  | (FieldBase & { readonly kind: 'select'; readonly options: readonly FieldOption[]; readonly empty?: MessageId; readonly emptyDisabled?: boolean })
  | (FieldBase & { readonly kind: 'multi'; readonly options: readonly FieldOption[] });

/** A field's value as the form holds it: text for text, numbers and selects; a flag; a set of choices. */
export type FieldValue = string | boolean | readonly string[];

export type FormValues = Readonly<Record<string, FieldValue>>;
