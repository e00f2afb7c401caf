import type { Principal } from '../../../core/access/principal.js';
import { isRole, type Role } from '../../../core/access/role.js';
import { visiblePositions } from '../../../core/access/visible-positions.js';
import { indexTree } from '../../../core/tree/tree-node.js';
import type { Database } from '../../../database/database.js';
import { loadPositionLinks, loadPrincipalFacts } from '../../../database/repositories/access/load-principal-facts.js';

export interface PrincipalUser {
  readonly id: number;
  readonly personId: number | null;
  readonly language: string;
}

/**
 * A signed-in user as use cases see them, read afresh for every request so that a change of roles
 * or positions applies at once: roles, held positions and, for supervisors, every position below.
 */
export async function buildUserPrincipal(db: Database, user: PrincipalUser): Promise<Principal> {
  const facts = await loadPrincipalFacts(db, user.id, user.personId);
  const roles = new Set<Role>(facts.roles.filter(isRole));
  let visible: readonly number[] = [...new Set(facts.positionIds)];
  if (roles.has('supervisor') && facts.positionIds.length > 0) {
    const links = await loadPositionLinks(db);
    const tree = indexTree(links.map((link) => ({ id: String(link.id), parentId: link.parentId === null ? null : String(link.parentId) })));
    visible = visiblePositions(tree, facts.positionIds.map(String), true).map(Number);
  }
  return {
    kind: 'user',
    id: user.id,
    personId: user.personId,
    roles,
    positionIds: facts.positionIds,
    visiblePositionIds: visible,
    language: user.language === 'en' ? 'en' : 'fa',
  };
}

/** An API key acts with its roles only: no person, no positions. */
export function apiKeyPrincipal(keyId: number, roles: readonly string[]): Principal {
  return { kind: 'apiKey', id: keyId, personId: null, roles: new Set(roles.filter(isRole)), positionIds: [], visiblePositionIds: [], language: 'fa' };
}
