import type { ReportReference } from './report-reference.js';

/**
 * The category a ticket's category counts under when rows are one catalogue level: its ancestor at
 * `level` (1 = system), or itself when it is not that deep; null for none or an unknown one.
 */
export function categoryAtLevel(reference: ReportReference, categoryId: number | null, level: number): number | null {
  if (categoryId === null) return null;
  const category = reference.categories.get(categoryId);
  if (category === undefined) return null;
  return category.path[Math.min(level, category.path.length) - 1] ?? null;
}
