import type { Principal } from '../../../core/access/principal.js';
import type { Clock } from '../../../core/time/clock.js';
import type { Database } from '../../../database/database.js';
import { countCartables } from '../../../database/repositories/cartables/cartable-queries.js';
import { CARTABLE_TABS } from '../../../database/repositories/cartables/cartable-tabs.js';
import type { CartableCounts, CartablesResponse } from '../../contract/cartable.js';
import { expandCartableFilter } from './cartable-filter.js';

const NO_TICKETS: CartableCounts = Object.fromEntries(CARTABLE_TABS.map((tab) => [tab, 0])) as Record<(typeof CARTABLE_TABS)[number], number>;

/**
 * The cartables the principal may open (the positions they hold and, for supervisors, every
 * position below), each with its tab counts under the same category and location filters.
 */
export async function listCartables(deps: { readonly db: Database; readonly clock: Clock }, principal: Principal, filter: { categoryId?: number; locationId?: number }): Promise<CartablesResponse> {
  const positionIds = [...principal.visiblePositionIds];
  if (positionIds.length === 0) return { positions: [] };
  const [positions, counts] = await Promise.all([
    deps.db.read.all<{ id: number; parent_id: number | null; title_fa: string; title_en: string }>(
      `SELECT id, parent_id, title_fa, title_en FROM positions WHERE id IN (${positionIds.map(() => '?').join(', ')}) ORDER BY id`,
      positionIds,
    ),
    expandCartableFilter(deps.db, filter).then((expanded) => countCartables(deps.db.read, positionIds, expanded, deps.clock.now())),
  ]);
  const held = new Set(principal.positionIds);
  return {
    positions: positions.map((position) => ({
      positionId: Number(position.id),
      parentId: position.parent_id === null ? null : Number(position.parent_id),
      titleFa: position.title_fa,
      titleEn: position.title_en,
      held: held.has(Number(position.id)),
      counts: counts.get(Number(position.id)) ?? NO_TICKETS,
    })),
  };
}
