import type { Principal } from '../../access/principal.js';
import type { Role } from '../../access/role.js';

/** A logged-in user for tests; position ids are numbers as the API gives them. */
export function user(id: number, roles: Role[], options: { personId?: number | null; positions?: number[]; visible?: number[] } = {}): Principal {
  const positionIds = options.positions ?? [];
  return { kind: 'user', id, personId: options.personId ?? null, roles: new Set(roles), positionIds, visiblePositionIds: options.visible ?? positionIds, language: 'fa' };
}
