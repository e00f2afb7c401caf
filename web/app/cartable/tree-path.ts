import type { Language } from '../core/i18n/language';
import { localName, type Bilingual } from '../shared/local-name/local-name';
import { pathTo } from '../shared/tree/walk-tree';

type Node = Bilingual & { readonly id: number; readonly parentId: number | null };

/**
 * Names of a node and its ancestors, root first, joined with « › » («نرم‌افزار › اتوماسیون › گزارش»);
 * null for an id the tree does not have (a category deactivated since).
 */
export function treePath(nodes: ReadonlyMap<number, Node>, id: number | null, language: Language): string | null {
  const path = pathTo(nodes, id);
  return path.length === 0 ? null : path.map((node) => localName(node, language)).join(' › ');
}
