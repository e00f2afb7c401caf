import type { MessageId } from '../../core/i18n/message-id';

/** A column of `<pk-table-editor>`: its header and the text of each row's cell. */
export interface TableColumn<T> {
  readonly header: MessageId;
  cell(item: T): string;
  readonly numeric?: boolean;
  /** A colour swatch before the text (`#RRGGBB`). */
  swatch?(item: T): string | null;
}
