import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { DEFAULT_IVR_DEFINITION } from '../../../core/telephony/ivr/default-ivr-definition.js';
import { activeIvrVersion } from '../../../database/telephony/ivr-definitions.js';
import { getOperatorPresence, type OperatorPresence, type PresenceStatus, saveOperatorPresence } from '../../../database/telephony/operator-presence.js';
import type { OperatorPresence as PresenceDto } from '../../contract/telephony.js';
import type { ApiDeps } from '../api-deps.js';
import { storeCommandFor } from './store-telephony-command.js';

export type PresenceChange =
  | { readonly kind: 'login'; readonly endpoint?: string | undefined; readonly queueIds?: readonly string[] | undefined }
  | { readonly kind: 'logout' }
  | { readonly kind: 'pause'; readonly reason?: string | undefined }
  | { readonly kind: 'resume' };

export function presenceDto(presence: OperatorPresence): PresenceDto {
  return { ...presence, queueIds: [...presence.queueIds], since: presence.since.toISOString() };
}

/** The operator's presence, or null when they never logged in. */
export async function myPresence(deps: Pick<ApiDeps, 'db'>, principal: Principal): Promise<PresenceDto | null> {
  requireAnyRole(principal, ['operator']);
  const presence = await getOperatorPresence(deps.db.read, principal.id);
  return presence === undefined ? null : presenceDto(presence);
}

/**
 * An operator logs in (to their phone and queues), pauses, resumes or logs out. Stored at once; the
 * telephony process applies it to the ACD (a ringing call goes to the next operator on pause, a
 * conversation finishes before a logout or pause takes effect).
 */
export async function changePresence(deps: Pick<ApiDeps, 'db' | 'clock' | 'events'>, principal: Principal, change: PresenceChange): Promise<PresenceDto> {
  requireAnyRole(principal, ['operator']);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const current = await getOperatorPresence(tx.sql, principal.id);
    let next: OperatorPresence;
    if (change.kind === 'login') {
      next = { userId: principal.id, endpoint: await endpointOf(tx.sql, principal, change.endpoint ?? current?.endpoint), queueIds: await queuesOf(tx.sql, change.queueIds), status: 'available', reason: null, since: now };
    } else {
      if (current === undefined || (current.status === 'loggedOut' && change.kind !== 'logout')) {
        throw new ValidationError([{ field: 'status', messageKey: 'telephony.presence.notLoggedIn' }]);
      }
      const status: PresenceStatus = change.kind === 'logout' ? 'loggedOut' : change.kind === 'pause' ? 'paused' : 'available';
      next = { ...current, status, reason: change.kind === 'pause' ? (change.reason ?? null) : null, since: status === current.status ? current.since : now };
    }
    await saveOperatorPresence(tx.sql, next, now);
    await storeCommandFor(tx, deps, { kind: 'presence', userId: principal.id });
    return presenceDto(next);
  });
}

/** The phone given, else the one used before, else `PJSIP/<extension>` of the operator's person. */
async function endpointOf(sql: Parameters<typeof getOperatorPresence>[0], principal: Principal, given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (principal.personId !== null) {
    const [person] = await sql.all<{ extension: string | null }>('SELECT extension FROM people WHERE id = ?', [principal.personId]);
    if (person?.extension) return `PJSIP/${person.extension}`;
  }
  throw new ValidationError([{ field: 'endpoint', messageKey: 'telephony.endpoint.required' }]);
}

/** The queues asked for (each must exist in the IVR in force, or the default one before any is stored), or all of them. */
async function queuesOf(sql: Parameters<typeof getOperatorPresence>[0], asked: readonly string[] | undefined): Promise<readonly string[]> {
  const known = ((await activeIvrVersion(sql))?.definition ?? DEFAULT_IVR_DEFINITION).queues.map((queue) => queue.id);
  if (asked === undefined) return known;
  const problems = asked.flatMap((queueId, index) => (known.includes(queueId) ? [] : [{ field: `queueIds[${index}]`, messageKey: 'ivr.queue.unknown', params: { queueId } }]));
  if (problems.length > 0) throw new ValidationError(problems);
  return [...new Set(asked)];
}
