import type { Database } from '../../database.js';

export interface PrincipalFacts {
  readonly roles: readonly string[];
  /** The active positions the person holds. */
  readonly positionIds: readonly number[];
}

/** A user's roles and the active positions their person holds. */
export async function loadPrincipalFacts(db: Database, userId: number, personId: number | null): Promise<PrincipalFacts> {
  const [roles, positions] = await Promise.all([
    db.read.all<{ role: string }>('SELECT role FROM user_roles WHERE user_id = ?', [userId]),
    personId === null
      ? Promise.resolve([])
      : db.read.all<{ position_id: number }>(
          'SELECT pp.position_id FROM person_positions pp JOIN positions p ON p.id = pp.position_id WHERE pp.person_id = ? AND p.active = ?',
          [personId, true],
        ),
  ]);
  return { roles: roles.map((row) => row.role), positionIds: positions.map((row) => Number(row.position_id)) };
}

export interface PositionLink {
  readonly id: number;
  readonly parentId: number | null;
}

/** Every position's parent link, for walks down the chart (a supervisor's subtree). */
export async function loadPositionLinks(db: Database): Promise<PositionLink[]> {
  const rows = await db.read.all<{ id: number; parent_id: number | null }>('SELECT id, parent_id FROM positions');
  return rows.map((row) => ({ id: Number(row.id), parentId: row.parent_id === null ? null : Number(row.parent_id) }));
}
