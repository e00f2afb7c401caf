import type { WhereOptions } from 'sequelize';
import { z } from 'zod';
import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import type { Database } from '../../../../database/database.js';
import { modelsOf } from '../../../../database/models/index.js';
import type { SmsMessageAttributes } from '../../../../database/models/sms-message.js';
import type { SmsMessage, SmsMessagePage } from '../../../contract/admin/sms-message.js';
import type { ApiRouter } from '../../http/api-router.js';
import { offsetOf, pagingQuery } from '../../http/paging.js';
import { ADMIN_READERS } from '../admin-roles.js';
import type { AdminDeps } from '../admin-write.js';

const outboxQuery = z.object({ status: z.string().trim().min(1).max(16).optional(), ticketId: z.coerce.number().int().positive().optional(), ...pagingQuery });

function toMessage(row: SmsMessageAttributes): SmsMessage {
  return {
    id: row.id,
    event: row.event,
    ticketId: row.ticketId,
    toPhone: row.toPhone,
    language: row.language,
    body: row.body,
    status: row.status,
    provider: row.provider,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

/** The SMS outbox, newest first, read-only: what was (or will be) sent, to whom, and how it went. */
export async function listSmsMessages(db: Database, principal: Principal, query: z.output<typeof outboxQuery>): Promise<SmsMessagePage> {
  requireAnyRole(principal, ADMIN_READERS);
  const where: WhereOptions<SmsMessageAttributes> = {};
  if (query.status !== undefined) Object.assign(where, { status: query.status });
  if (query.ticketId !== undefined) Object.assign(where, { ticketId: query.ticketId });
  const { rows, count } = await modelsOf(db).SmsMessage.findAndCountAll({ where, order: [['createdAt', 'DESC'], ['id', 'DESC']], limit: query.pageSize, offset: offsetOf(query) });
  return { items: rows.map((row) => toMessage(row.get())), total: count, page: query.page, pageSize: query.pageSize };
}

export function mountSmsOutbox(routes: ApiRouter, deps: AdminDeps): void {
  const tag = 'admin';
  routes.route({ method: 'get', path: '/admin/sms-messages', tag, summary: 'The SMS outbox, newest first, filtered by status (read-only)', access: ADMIN_READERS, query: outboxQuery }, ({ principal, query }) =>
    listSmsMessages(deps.db, principal, query),
  );
}

