import type { WhereOptions } from 'sequelize';
import { z } from 'zod';
import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import { NotFoundError } from '../../../../core/errors/not-found-error.js';
import type { Database } from '../../../../database/database.js';
import { modelsOf } from '../../../../database/models/index.js';
import type { SmsMessageAttributes } from '../../../../database/models/sms-message.js';
import type { SmsTemplateAttributes } from '../../../../database/models/sms-template.js';
import type { SmsMessage, SmsMessagePage } from '../../../contract/admin/sms-message.js';
import type { SmsTemplate, SmsTemplateInput } from '../../../contract/admin/sms-template.js';
import type { ApiRouter } from '../../http/api-router.js';
import { offsetOf, pagingQuery } from '../../http/paging.js';
import { ADMIN_READERS, ADMIN_WRITERS } from '../admin-roles.js';
import { adminWrite, type AdminDeps } from '../admin-write.js';
import { recordAdminAudit } from '../record-admin-audit.js';

const templateKey = z.object({ event: z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/).max(64), language: z.enum(['fa', 'en']) });
const templateBody = z.object({ body: z.string().trim().min(1).max(1000) }) satisfies z.ZodType<SmsTemplateInput, unknown>;
const outboxQuery = z.object({ status: z.string().trim().min(1).max(16).optional(), ticketId: z.coerce.number().int().positive().optional(), ...pagingQuery });

function toTemplate(row: SmsTemplateAttributes): SmsTemplate {
  return { id: row.id, event: row.event, language: row.language === 'en' ? 'en' : 'fa', body: row.body, updatedAt: row.updatedAt.toISOString() };
}

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

export async function listSmsTemplates(db: Database, principal: Principal): Promise<SmsTemplate[]> {
  requireAnyRole(principal, ADMIN_READERS);
  return (await modelsOf(db).SmsTemplate.findAll({ order: [['event', 'ASC'], ['language', 'ASC']] })).map((row) => toTemplate(row.get()));
}

/** Creates or replaces the text an event's SMS is sent with, in one language. */
export function putSmsTemplate(deps: AdminDeps, principal: Principal, key: { event: string; language: 'fa' | 'en' }, value: SmsTemplateInput): Promise<SmsTemplate> {
  return adminWrite(deps, principal, async (write) => {
    const { SmsTemplate } = write.models;
    const existing = (await SmsTemplate.findOne({ where: key, ...write.options }))?.get();
    const updatedByUserId = principal.kind === 'user' ? principal.id : null;
    if (existing === undefined) await SmsTemplate.create({ ...key, body: value.body, updatedByUserId, createdAt: write.now, updatedAt: write.now }, write.options);
    else await SmsTemplate.update({ body: value.body, updatedByUserId, updatedAt: write.now }, { where: { id: existing.id }, ...write.options });
    const after = toTemplate((await SmsTemplate.findOne({ where: key, ...write.options }))!.get());
    await recordAdminAudit(write, { entity: 'smsTemplate', entityId: after.id, action: existing === undefined ? 'create' : 'update', before: existing === undefined ? null : toTemplate(existing), after });
    return after;
  });
}

export function deleteSmsTemplate(deps: AdminDeps, principal: Principal, key: { event: string; language: 'fa' | 'en' }): Promise<void> {
  return adminWrite(deps, principal, async (write) => {
    const existing = (await write.models.SmsTemplate.findOne({ where: key, ...write.options }))?.get();
    if (existing === undefined) throw new NotFoundError('smsTemplate', `${key.event}/${key.language}`);
    await write.models.SmsTemplate.destroy({ where: { id: existing.id }, ...write.options });
    await recordAdminAudit(write, { entity: 'smsTemplate', entityId: existing.id, action: 'delete', before: toTemplate(existing), after: null });
  });
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

export function mountSms(routes: ApiRouter, deps: AdminDeps): void {
  const tag = 'admin';
  routes.route({ method: 'get', path: '/admin/sms-templates', tag, summary: 'SMS templates per event and language', access: ADMIN_READERS }, ({ principal }) => listSmsTemplates(deps.db, principal));
  routes.route(
    { method: 'put', path: '/admin/sms-templates/:event/:language', tag, summary: 'Create or replace the SMS template of an event in a language', access: ADMIN_WRITERS, params: templateKey, body: templateBody },
    ({ principal, params, body }) => putSmsTemplate(deps, principal, params, body),
  );
  routes.route(
    { method: 'delete', path: '/admin/sms-templates/:event/:language', tag, summary: 'Delete an SMS template', access: ADMIN_WRITERS, params: templateKey },
    ({ principal, params }) => deleteSmsTemplate(deps, principal, params),
  );
  routes.route({ method: 'get', path: '/admin/sms-messages', tag, summary: 'The SMS outbox, newest first, filtered by status (read-only)', access: ADMIN_READERS, query: outboxQuery }, ({ principal, query }) =>
    listSmsMessages(deps.db, principal, query),
  );
}

