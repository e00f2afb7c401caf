import { TransientError } from '../../core/errors/transient-error.js';
import { EngineNotFoundError, EngineRejectionError } from '../engine-errors.js';
import type { EngineCommandKind } from './engine-command.js';

/**
 * What to do with an outbox command whose sending failed: `done` when the failure shows it already
 * took effect (sent before a crash), `retry` when the engine may accept it later, `failed` when the
 * engine refuses it for good (kept for an operator, never sent again).
 */
export type DeliveryVerdict = 'done' | 'retry' | 'failed';

// The thing the command ends no longer exists: completed, canceled, resolved by an earlier send.
const goneMeansDone: ReadonlySet<EngineCommandKind> = new Set(['cancel', 'complete-user-task', 'assign-user-task', 'resolve-incident']);

export function deliveryVerdict(kind: EngineCommandKind, error: unknown): DeliveryVerdict {
  if (error instanceof TransientError) return 'retry';
  if (error instanceof EngineNotFoundError) return goneMeansDone.has(kind) ? 'done' : 'failed';
  if (error instanceof EngineRejectionError) {
    // The same message id is still buffered: the earlier send arrived.
    if (error.reason === 'ALREADY_EXISTS' && kind === 'publish') return 'done';
    // A task in COMPLETING or ASSIGNING is being changed by an earlier send; ask again later.
    if (error.reason === 'INVALID_STATE' && (kind === 'complete-user-task' || kind === 'assign-user-task')) return 'retry';
    return 'failed';
  }
  // Unknown errors (authentication, configuration, a bug) are retried: dropping the command would lose it.
  return 'retry';
}
