import { Op } from 'sequelize';
import type { Principal } from '../../../core/access/principal.js';
import { NotFoundError } from '../../../core/errors/not-found-error.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import type { MeResponse } from '../../contract/auth.js';

/** Who the caller is, for the app's header and navigation (GET /api/auth/me). */
export async function describePrincipal(db: Database, principal: Principal, sessionExpiresAt: Date | null): Promise<MeResponse> {
  const roles = [...principal.roles].sort();
  if (principal.kind !== 'user') {
    return { kind: 'apiKey', user: null, roles, positions: [], visiblePositionIds: [], sessionExpiresAt: null };
  }
  const { User, Position } = modelsOf(db);
  const user = (await User.findByPk(principal.id))?.get();
  if (user === undefined) throw new NotFoundError('user', principal.id);
  const positions = principal.positionIds.length === 0 ? [] : await Position.findAll({ where: { id: { [Op.in]: [...principal.positionIds] } }, order: [['id', 'ASC']] });
  return {
    kind: 'user',
    user: { id: user.id, username: user.username, displayName: user.displayName, language: principal.language, personId: user.personId },
    roles,
    positions: positions.map((row) => {
      const position = row.get();
      return { id: position.id, titleFa: position.titleFa, titleEn: position.titleEn, unitId: position.unitId };
    }),
    visiblePositionIds: [...principal.visiblePositionIds].sort((a, b) => a - b),
    sessionExpiresAt: sessionExpiresAt?.toISOString() ?? null,
  };
}
