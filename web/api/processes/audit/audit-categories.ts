import type { Database } from '../../../../database/database.js';
import type { AuditCategory } from '../../../contract/audit.js';

export interface CategoryTree {
  readonly byId: ReadonlyMap<number, AuditCategory & { readonly parentId: number | null }>;
  /** The category and every category below it. */
  subtreeOf(id: number): number[];
}

/** The request catalogue with each category's path from the top, in both languages. */
export async function loadCategoryTree(db: Database): Promise<CategoryTree> {
  const rows = await db.read.all<{ id: number; parent_id: number | null; name_fa: string; name_en: string }>('SELECT id, parent_id, name_fa, name_en FROM categories ORDER BY sort_order, id');
  const raw = new Map(rows.map((row) => [Number(row.id), { id: Number(row.id), parentId: row.parent_id === null ? null : Number(row.parent_id), nameFa: row.name_fa, nameEn: row.name_en }]));
  const pathOf = (id: number, language: 'nameFa' | 'nameEn'): string[] => {
    const names: string[] = [];
    const seen = new Set<number>();
    for (let current = raw.get(id); current !== undefined && !seen.has(current.id); current = current.parentId === null ? undefined : raw.get(current.parentId)) {
      seen.add(current.id);
      names.unshift(current[language]);
    }
    return names;
  };
  const byId = new Map([...raw.values()].map((category) => [category.id, { ...category, pathFa: pathOf(category.id, 'nameFa').join(' › '), pathEn: pathOf(category.id, 'nameEn').join(' › ') }]));
  const children = new Map<number, number[]>();
  for (const category of raw.values()) if (category.parentId !== null) children.set(category.parentId, [...(children.get(category.parentId) ?? []), category.id]);
  return {
    byId,
    subtreeOf(id) {
      const found: number[] = [];
      const stack = [id];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (found.includes(next)) continue;
        found.push(next);
        stack.push(...(children.get(next) ?? []));
      }
      return found;
    },
  };
}
