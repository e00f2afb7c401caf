import { Op } from 'sequelize';
import type { Principal } from '../../../core/access/principal.js';
import { FEEDBACK_AGENT_GROUP, positionGroup } from '../../../core/tickets/candidate-groups.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import type { ProcessEngine } from '../../../engine/process-engine.js';
import type { AwaitingFeedbackPage } from '../../contract/feedback.js';

/** Open feedback tasks read at most; more than this many requesters waiting to be called is a backlog no list fixes. */
const MAX_OPEN_TASKS = 2_000;

function resolutionOf(payload: string): string | null {
  const parsed = JSON.parse(payload) as { resolution?: unknown };
  return typeof parsed.resolution === 'string' ? parsed.resolution : null;
}

/**
 * The resolved tickets whose feedback task is open for the principal (offered to every feedback
 * agent, or to a position they hold): a ticket waiting before another attempt is not listed,
 * since there is nobody to ask until then.
 */
export async function listAwaitingFeedback(deps: { readonly db: Database; readonly engine: ProcessEngine }, principal: Principal, paging: { page: number; pageSize: number }): Promise<AwaitingFeedbackPage> {
  const groups = [FEEDBACK_AGENT_GROUP, ...principal.positionIds.map((id) => positionGroup(String(id)))];
  const tasks = await deps.engine.listUserTasks({ candidateGroups: groups, limit: MAX_OPEN_TASKS });
  const instanceKeys = [...new Set(tasks.map((task) => task.processInstanceKey))];
  const empty = { items: [], total: 0, page: paging.page, pageSize: paging.pageSize };
  if (instanceKeys.length === 0) return empty;
  const m = modelsOf(deps.db);
  const where = { status: 'resolved', feedbackProcessInstanceKey: { [Op.in]: instanceKeys } };
  const { rows, count } = await m.Ticket.findAndCountAll({
    where,
    order: [['resolvedAt', 'ASC'], ['id', 'ASC']],
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  const tickets = rows.map((row) => row.get());
  if (tickets.length === 0) return { ...empty, total: count };
  const actions = (
    await m.TicketActionRecord.findAll({ where: { ticketId: { [Op.in]: tickets.map((ticket) => ticket.id) }, kind: { [Op.in]: ['resolved', 'feedback', 'reopened'] } }, order: [['id', 'ASC']] })
  ).map((row) => row.get());
  return {
    items: tickets.map((ticket) => {
      const own = actions.filter((action) => action.ticketId === ticket.id);
      // Only what happened since the last resolution counts: a reworked ticket starts over.
      const lastResolved = own.findLastIndex((action) => action.kind === 'resolved');
      const since = own.slice(lastResolved + 1);
      return {
        id: ticket.id,
        trackingCode: ticket.trackingCode,
        subject: ticket.subject,
        categoryId: ticket.categoryId,
        requesterName: ticket.requesterName,
        requesterPhone: ticket.requesterPhone,
        registeredAt: ticket.registeredAt.toISOString(),
        resolvedAt: ticket.resolvedAt?.toISOString() ?? null,
        resolution: lastResolved < 0 ? null : resolutionOf(own[lastResolved]!.payload),
        attempts: since.filter((action) => action.kind === 'feedback').length,
      };
    }),
    total: count,
    page: paging.page,
    pageSize: paging.pageSize,
  };
}
