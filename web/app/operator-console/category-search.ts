import type { CatalogueCategory } from '../../contract/catalogue';
import type { Language } from '../core/i18n/language';
import { localName } from '../shared/local-name/local-name';
import { normalizeForFilter } from '../shared/tree-view/normalize-for-filter';

/** A category as the picker lists it: its whole path, and the ids above it. */
export interface CategoryOption {
  readonly id: number;
  readonly level: number;
  /** «سخت‌افزار و شبکه › شبکه، اینترنت و VPN › اتصال VPN» */
  readonly path: string;
  readonly name: string;
  /** From the top down to this category itself. */
  readonly lineage: readonly number[];
  readonly leaf: boolean;
  /** Both languages' names along the path, normalized, for matching whatever language the operator types in. */
  readonly searchText: string;
  readonly nameText: string;
}

/** Every category with its path in the reader's language, in catalogue order (parents before children). */
export function categoryOptions(categories: readonly CatalogueCategory[], language: Language): CategoryOption[] {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const parents = new Set(categories.map((category) => category.parentId).filter((id) => id !== null));
  const lineageOf = (category: CatalogueCategory): CatalogueCategory[] => {
    const line: CatalogueCategory[] = [category];
    for (let parent = category.parentId === null ? undefined : byId.get(category.parentId); parent !== undefined && line.length < 10; parent = parent.parentId === null ? undefined : byId.get(parent.parentId)) line.unshift(parent);
    return line;
  };
  const options = categories.map((category) => {
    const line = lineageOf(category);
    return {
      id: category.id,
      level: category.level,
      path: line.map((node) => localName(node, language)).join(' › '),
      name: localName(category, language),
      lineage: line.map((node) => node.id),
      leaf: !parents.has(category.id),
      searchText: normalizeForFilter(line.map((node) => `${node.nameFa} ${node.nameEn}`).join(' ')),
      nameText: normalizeForFilter(`${category.nameFa} ${category.nameEn}`),
    };
  });
  // Depth-first in catalogue order, so that a subject follows its subsystem.
  const order = new Map<number, number>();
  const visit = (parentId: number | null) => {
    for (const category of categories) {
      const effectiveParent = category.parentId !== null && byId.has(category.parentId) ? category.parentId : null;
      if (effectiveParent !== parentId || order.has(category.id)) continue;
      order.set(category.id, order.size);
      visit(category.id);
    }
  };
  visit(null);
  return options.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/**
 * The categories matching what the operator typed, best first: every word must appear somewhere
 * along the path (in Persian or English, ي/ى as ی, ك as ک, any digits); a match in the category's
 * own name beats one in a parent's, a name starting with the text beats one containing it, and
 * subjects (leaves) beat the headings above them.
 */
export function searchCategories(options: readonly CategoryOption[], query: string, limit = 12): CategoryOption[] {
  const text = normalizeForFilter(query);
  if (text === '') return [];
  const words = text.split(' ');
  const scored = options.flatMap((option, index) => {
    if (!words.every((word) => option.searchText.includes(word))) return [];
    const ownName = words.every((word) => option.nameText.includes(word));
    const starts = option.nameText.startsWith(text) || option.nameText.split(' ').some((part) => part.startsWith(words[0]!));
    const score = (ownName ? 4 : 0) + (starts ? 2 : 0) + (option.leaf ? 1 : 0);
    return [{ option, score, index }];
  });
  return scored
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.option);
}
