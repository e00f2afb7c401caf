import type { Database } from '../../../database/database.js';
import type { CartableFilter } from '../../../database/repositories/cartables/cartable-queries.js';
import { subtreeIds } from '../../../database/repositories/cartables/subtree-ids.js';

/** A category or location filter covers everything below it: "software" finds "software › automation › reports". */
export async function expandCartableFilter(db: Database, filter: { readonly categoryId?: number; readonly locationId?: number }): Promise<CartableFilter> {
  return {
    ...(filter.categoryId === undefined ? {} : { categoryIds: await subtreeIds(db.read, 'categories', filter.categoryId) }),
    ...(filter.locationId === undefined ? {} : { locationIds: await subtreeIds(db.read, 'locations', filter.locationId) }),
  };
}
