import { ancestorsOf } from '../../../core/tree/ancestors-of.js';
import { indexTree } from '../../../core/tree/tree-node.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import type { CatalogueResponse } from '../../contract/catalogue.js';

/** The active categories (with their level) and locations; a node under an inactive parent is left out too. */
export async function readCatalogue(db: Database): Promise<CatalogueResponse> {
  const m = modelsOf(db);
  const [categoryRows, locationRows] = await Promise.all([
    m.Category.findAll({ order: [['sortOrder', 'ASC'], ['id', 'ASC']] }).then((rows) => rows.map((row) => row.get())),
    m.Location.findAll({ order: [['id', 'ASC']] }).then((rows) => rows.map((row) => row.get())),
  ]);
  const activeTree = <T extends { id: number; parentId: number | null; active: boolean }>(rows: readonly T[]): T[] => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    const live = (row: T | undefined, depth = 0): boolean => row !== undefined && row.active && depth < 50 && (row.parentId === null || live(byId.get(row.parentId), depth + 1));
    return rows.filter((row) => live(row));
  };
  const categories = activeTree(categoryRows);
  const tree = indexTree(categories.map((row) => ({ id: String(row.id), parentId: row.parentId === null ? null : String(row.parentId) })));
  return {
    categories: categories.map((row) => ({
      id: row.id,
      parentId: row.parentId,
      nameFa: row.nameFa,
      nameEn: row.nameEn,
      level: ancestorsOf(tree, String(row.id)).length + 1,
      requestType: row.requestType,
    })),
    locations: activeTree(locationRows).map((row) => ({ id: row.id, parentId: row.parentId, nameFa: row.nameFa, nameEn: row.nameEn })),
  };
}
