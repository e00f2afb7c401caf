import { z } from 'zod';
import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import { DEFAULT_SMS_TEMPLATES, SMS_TEMPLATE_KEYS, SMS_TEMPLATE_PLACEHOLDERS, type SmsTemplateKey } from '../../../../core/notifications/sms-template-keys.js';
import type { Database, Tx } from '../../../../database/database.js';
import { modelsOf, type Models } from '../../../../database/models/index.js';
import type { SmsTemplate, SmsTemplateInput } from '../../../contract/admin/sms-template.js';
import type { ApiRouter } from '../../http/api-router.js';
import { ADMIN_READERS, ADMIN_WRITERS } from '../admin-roles.js';
import { adminWrite, type AdminDeps } from '../admin-write.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { recordAdminAudit } from '../record-admin-audit.js';

type Language = 'fa' | 'en';
const LANGUAGES = ['fa', 'en'] as const;

const templateKey = z.object({ event: z.enum(SMS_TEMPLATE_KEYS), language: z.enum(LANGUAGES) });
const templateBody = z.object({ body: z.string().trim().min(1).max(1000) }) satisfies z.ZodType<SmsTemplateInput, unknown>;

async function readTemplate(models: Models, event: SmsTemplateKey, language: Language, tx?: Tx): Promise<SmsTemplate> {
  const row = (await models.SmsTemplate.findOne({ where: { event, language }, transaction: tx?.transaction ?? null }))?.get();
  const fallback = DEFAULT_SMS_TEMPLATES[event][language];
  const body = row?.body ?? fallback;
  return { event, language, body, placeholders: SMS_TEMPLATE_PLACEHOLDERS[event], isDefault: body === fallback, updatedAt: row?.updatedAt.toISOString() ?? null };
}

/** Placeholders of a body that its event does not fill: they would reach the phone as written. */
function placeholderProblems(event: SmsTemplateKey, body: string): FieldProblem[] {
  const allowed = SMS_TEMPLATE_PLACEHOLDERS[event];
  const used = [...body.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((match) => match[1] as string);
  return [...new Set(used)]
    .filter((placeholder) => !allowed.includes(placeholder))
    .map((placeholder) => ({ field: 'body', messageKey: 'smsTemplate.unknownPlaceholder', params: { placeholder, allowed: allowed.join(', ') } }));
}

/** Every event's template in both languages, with the placeholders each may use. */
export async function listSmsTemplates(db: Database, principal: Principal): Promise<SmsTemplate[]> {
  requireAnyRole(principal, ADMIN_READERS);
  const models = modelsOf(db);
  const templates: SmsTemplate[] = [];
  for (const event of SMS_TEMPLATE_KEYS) for (const language of LANGUAGES) templates.push(await readTemplate(models, event, language));
  return templates;
}

async function storeTemplate(write: Parameters<Parameters<typeof adminWrite>[2]>[0], event: SmsTemplateKey, language: Language, body: string): Promise<SmsTemplate> {
  const { SmsTemplate: Templates } = write.models;
  const before = await readTemplate(write.models, event, language, write.tx);
  const updatedByUserId = write.principal.kind === 'user' ? write.principal.id : null;
  const existing = await Templates.findOne({ where: { event, language }, ...write.options });
  if (existing === null) await Templates.create({ event, language, body, updatedByUserId, createdAt: write.now, updatedAt: write.now }, write.options);
  else await Templates.update({ body, updatedByUserId, updatedAt: write.now }, { where: { event, language }, ...write.options });
  const after = await readTemplate(write.models, event, language, write.tx);
  await recordAdminAudit(write, { entity: 'smsTemplate', entityId: `${event}/${language}`, action: 'update', before, after });
  return after;
}

/** Replaces the text an event's SMS is sent with in one language; only the event's placeholders may be used. */
export function putSmsTemplate(deps: AdminDeps, principal: Principal, key: { event: SmsTemplateKey; language: Language }, value: SmsTemplateInput): Promise<SmsTemplate> {
  return adminWrite(deps, principal, async (write) => {
    throwIfProblems(placeholderProblems(key.event, value.body));
    return storeTemplate(write, key.event, key.language, value.body);
  });
}

/** Brings back the text Pishkhan ships with. */
export function resetSmsTemplate(deps: AdminDeps, principal: Principal, key: { event: SmsTemplateKey; language: Language }): Promise<SmsTemplate> {
  return adminWrite(deps, principal, (write) => storeTemplate(write, key.event, key.language, DEFAULT_SMS_TEMPLATES[key.event][key.language]));
}

export function mountSmsTemplates(routes: ApiRouter, deps: AdminDeps): void {
  const tag = 'admin';
  routes.route({ method: 'get', path: '/admin/sms-templates', tag, summary: 'SMS templates of every event in Persian and English, with their placeholders', access: ADMIN_READERS }, ({ principal }) =>
    listSmsTemplates(deps.db, principal),
  );
  routes.route(
    { method: 'put', path: '/admin/sms-templates/:event/:language', tag, summary: 'Replace the SMS template of an event in a language', access: ADMIN_WRITERS, params: templateKey, body: templateBody },
    ({ principal, params, body }) => putSmsTemplate(deps, principal, params, body),
  );
  routes.route(
    { method: 'post', path: '/admin/sms-templates/:event/:language/reset', tag, summary: 'Bring back the SMS template Pishkhan ships with', access: ADMIN_WRITERS, params: templateKey },
    ({ principal, params }) => resetSmsTemplate(deps, principal, params),
  );
}
