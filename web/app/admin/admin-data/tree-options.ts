import type { Language } from '../../core/i18n/language';
import { localName, type Bilingual } from '../../shared/local-name/local-name';
import type { TreeRecord } from '../../shared/tree/tree-record';
import { pathTo } from '../../shared/tree/walk-tree';
import type { FieldOption } from '../entity-form/admin-field';
import { indentedOptions } from './indented-options';

/** A tree's records as the options of an admin field, indented by depth. */
export function treeOptions<T extends TreeRecord & Bilingual>(items: readonly T[], language: Language, excludeSubtreeOf: number | null = null): FieldOption[] {
  return indentedOptions(items, language, excludeSubtreeOf).map((option) => ({ value: String(option.id), label: option.label, disabled: option.disabled }));
}

/** A record with its ancestors, `IT › Network › VPN`; `null` for none. */
export function pathName<T extends TreeRecord & Bilingual>(byId: ReadonlyMap<number, T>, id: number | null, language: Language): string | null {
  if (id === null) return null;
  const path = pathTo(byId, id);
  return path.length === 0 ? `#${id}` : path.map((item) => localName(item, language)).join(' › ');
}
