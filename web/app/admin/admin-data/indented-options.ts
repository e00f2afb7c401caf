import { localName, type Bilingual } from '../../shared/local-name/local-name';
import type { Language } from '../../core/i18n/language';
import type { TreeRecord } from '../../shared/tree/tree-record';
import { descendantIds, walkTree } from '../../shared/tree/walk-tree';

/** An `<option>` of a tree shown in a `<select>`: indented by depth, disabled where a choice would make a cycle. */
export interface IndentedOption {
  readonly id: number;
  readonly label: string;
  readonly disabled: boolean;
}

const INDENT = '\u00a0\u00a0\u00a0';

/**
 * The records of a tree as select options, depth first in the reader's language; `excludeSubtreeOf`
 * disables a record and everything below it (a node cannot move under itself).
 */
export function indentedOptions<T extends TreeRecord & Bilingual>(items: readonly T[], language: Language, excludeSubtreeOf: number | null = null): IndentedOption[] {
  const excluded = excludeSubtreeOf === null ? new Set<number>() : new Set([excludeSubtreeOf, ...descendantIds(items, excludeSubtreeOf)]);
  return walkTree(items, (a, b) => localName(a, language).localeCompare(localName(b, language), language)).map(({ item, depth }) => ({
    id: item.id,
    label: `${INDENT.repeat(depth)}${localName(item, language)}`,
    disabled: excluded.has(item.id),
  }));
}
