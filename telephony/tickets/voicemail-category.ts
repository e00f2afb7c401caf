import type { SqlExecutor } from '../../database/database.js';

interface Row {
  id: number;
  parent_id: number | null;
  code: string | null;
  active: unknown;
  sort_order: number;
}

/**
 * The category a voicemail ticket is registered under: the IVR path's category when tickets can be
 * registered under it; a section of the catalogue (which cannot take tickets itself) gives its first
 * selectable subject in the catalogue's order, as does no category at all for the whole catalogue.
 * Null when the catalogue has nothing selectable.
 */
export async function voicemailCategory(sql: SqlExecutor, categoryCode: string | null): Promise<number | null> {
  const rows = await sql.all<Row>('SELECT id, parent_id, code, active, sort_order FROM categories');
  const active = rows.filter((row) => row.active === true || Number(row.active) === 1);
  const children = new Map<number | null, Row[]>();
  for (const row of active) {
    const parent = row.parent_id === null ? null : Number(row.parent_id);
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  for (const list of children.values()) list.sort((a, b) => Number(a.sort_order) - Number(b.sort_order) || Number(a.id) - Number(b.id));
  const firstLeaf = (parentId: number | null): number | null => {
    for (const child of children.get(parentId) ?? []) {
      const id = Number(child.id);
      if (!children.has(id)) return id;
      const leaf = firstLeaf(id);
      if (leaf !== null) return leaf;
    }
    return null;
  };
  const start = categoryCode === null ? undefined : active.find((row) => row.code === categoryCode);
  if (start === undefined) return firstLeaf(null);
  const id = Number(start.id);
  return children.has(id) ? (firstLeaf(id) ?? firstLeaf(null)) : id;
}
