import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import type { Clock } from '../../../core/time/clock.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import { referenceDataChanged } from '../../../database/repositories/tickets/load-ticket-policy.js';
import type { AdminWrite } from './admin-resource.js';
import { ADMIN_WRITERS } from './admin-roles.js';

export interface AdminDeps {
  readonly db: Database;
  readonly clock: Clock;
}

/** Runs an administrative change in one transaction, after checking that the principal administers. */
export function adminWrite<T>(deps: AdminDeps, principal: Principal, work: (write: AdminWrite) => Promise<T>): Promise<T> {
  requireAnyRole(principal, ADMIN_WRITERS);
  const models = modelsOf(deps.db);
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    // The ticket desk's cached reference data (routing rules, catalogue, SLA, calendar) is read again for the next action.
    tx.afterCommit(referenceDataChanged);
    return work({ tx, models, now, principal, options: { transaction: tx.transaction } });
  });
}
