import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import { NotFoundError } from '../../../../core/errors/not-found-error.js';
import type { Language } from '../../../../core/i18n/language.js';
import type { TicketActor } from '../../../../core/tickets/ticket-actor.js';
import type { Database } from '../../../../database/database.js';
import { SqlTicketRepository } from '../../../../database/repositories/tickets/sql-ticket-repository.js';
import type { AuditAction, AuditTicketDetail } from '../../../contract/audit.js';
import { loadCategoryTree } from './audit-categories.js';
import { actionKindLabel, describeTicketAction, type AuditNames } from './describe-ticket-action.js';
import { toAuditRow } from './search-audit-tickets.js';

async function namesFor(db: Database, language: Language): Promise<AuditNames & { positionBoth(id: string | null): { fa: string | null; en: string | null } }> {
  const positions = new Map(
    (await db.read.all<{ id: number; title_fa: string; title_en: string }>('SELECT id, title_fa, title_en FROM positions')).map((row) => [String(row.id), { fa: row.title_fa, en: row.title_en }]),
  );
  const contractors = new Map(
    (await db.read.all<{ id: number; name_fa: string; name_en: string | null }>('SELECT id, name_fa, name_en FROM contractors')).map((row) => [String(row.id), { fa: row.name_fa, en: row.name_en ?? row.name_fa }]),
  );
  return {
    language,
    position: (id) => positions.get(id)?.[language] ?? `#${id}`,
    contractor: (id) => contractors.get(id)?.[language] ?? `#${id}`,
    positionBoth: (id) => {
      const found = id === null ? undefined : positions.get(id);
      return { fa: found?.fa ?? null, en: found?.en ?? null };
    },
  };
}

function userIdOf(actor: TicketActor): number | null {
  const userId = 'userId' in actor ? actor.userId : null;
  return userId === null || userId === undefined ? null : Number(userId);
}

/**
 * A ticket as an auditor reads it: its details and its whole append-only log (private notes
 * included), each entry with its actor and position and a sentence in `language`.
 */
export async function getAuditTicket(db: Database, actor: Principal, ticketId: number, language: Language): Promise<AuditTicketDetail> {
  requireAnyRole(actor, ['auditor']);
  const [row] = await db.read.all<Record<string, unknown>>(
    'SELECT t.id, t.tracking_code, t.subject, t.description, t.status, t.priority_code, t.channel, t.requester_name, t.requester_phone, t.category_id, t.registered_at, t.updated_at, t.process_instance_key, t.feedback_process_instance_key FROM tickets t WHERE t.id = ?',
    [ticketId],
  );
  const stored = row === undefined ? null : await new SqlTicketRepository(db.read).load(ticketId);
  if (row === undefined || stored === null) throw new NotFoundError('ticket', ticketId);
  const [categories, names] = await Promise.all([loadCategoryTree(db), namesFor(db, language)]);
  const actions: AuditAction[] = stored.history.map((recorded) => {
    const { action } = recorded;
    const positionId = action.actor.kind === 'staff' ? action.actor.positionId : null;
    const position = names.positionBoth(positionId);
    return {
      id: Number(recorded.id),
      kind: action.kind,
      kindLabel: actionKindLabel(action.kind, language),
      at: action.at.toISOString(),
      actor: { kind: action.actor.kind, name: recorded.actorName ?? null, userId: userIdOf(action.actor), positionFa: position.fa, positionEn: position.en },
      summary: describeTicketAction(action, names),
      visibleToRequester: recorded.visibleToRequester,
    };
  });
  return {
    ticket: {
      ...toAuditRow(row, categories),
      description: String(row.description),
      priorityCode: String(row.priority_code),
      channel: String(row.channel),
      processInstanceKey: row.process_instance_key === null ? null : String(row.process_instance_key),
      feedbackProcessInstanceKey: row.feedback_process_instance_key === null ? null : String(row.feedback_process_instance_key),
    },
    actions,
  };
}
