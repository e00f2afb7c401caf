import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import type { ApiRouter } from '../../http/api-router.js';
import { pagingQuery } from '../../http/paging.js';
import { loadCategoryTree } from './audit-categories.js';
import { ticketLogCsv, ticketLogXlsx } from './export-ticket-log.js';
import { getAuditTicket } from './get-audit-ticket.js';
import { searchAuditTickets } from './search-audit-tickets.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';

/** A Gregorian ISO date (the app converts Jalali dates before asking); years before 1900 are surely Jalali ones by mistake. */
const isoDate = z
  .string()
  .regex(/^(19|2\d)\d{2}-\d{2}-\d{2}$/)
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  });
const searchQuery = z.object({
  trackingCode: z.string().max(32).optional(),
  requester: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  categoryId: z.coerce.number().int().positive().optional(),
  ...pagingQuery,
});
const ticketParams = z.object({ id: z.coerce.number().int().positive() });
/** `language` names the file's language for a download link, which cannot set Accept-Language. */
const exportQuery = z.object({ format: z.enum(['csv', 'xlsx']), language: z.enum(['fa', 'en']).optional() });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The auditor's /api/audit endpoints: find any ticket, read its immutable log, export it. */
export function mountAuditRoutes(routes: ApiRouter, deps: ApiDeps): void {
  const tag = 'audit';
  routes.route(
    { method: 'get', path: '/audit/categories', tag, summary: 'The request catalogue with each category’s path, for the auditor’s filter', access: ['auditor'] },
    async () => {
      const tree = await loadCategoryTree(deps.db);
      return { categories: [...tree.byId.values()] };
    },
  );

  routes.route(
    { method: 'get', path: '/audit/tickets', tag, summary: 'Any ticket, by tracking code, requester (name or phone), registration dates (Tehran days) and category with its sub-categories', access: ['auditor'], query: searchQuery },
    ({ principal, query }) => searchAuditTickets(deps.db, principal, query),
  );

  routes.route(
    { method: 'get', path: '/audit/tickets/:id', tag, summary: 'A ticket with its whole append-only action log, actors and positions', access: ['auditor'], params: ticketParams },
    ({ principal, params, language }) => getAuditTicket(deps.db, principal, params.id, language),
  );

  routes.route(
    { method: 'get', path: '/audit/tickets/:id/export', tag, summary: 'The action log as a file: format=csv (UTF-8) or format=xlsx, in `language` (fa, en) or the request’s', access: ['auditor'], params: ticketParams, query: exportQuery },
    async ({ principal, params, query, language, response }) => {
      requireAnyRole(principal, ['auditor']);
      const fileLanguage = query.language ?? language;
      const detail = await getAuditTicket(deps.db, principal, params.id, fileLanguage);
      const name = `ticket-${detail.ticket.trackingCode}-log.${query.format}`;
      response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      response.setHeader('Cache-Control', 'no-store');
      if (query.format === 'csv') response.type('text/csv; charset=utf-8').send(ticketLogCsv(detail, fileLanguage));
      else response.type(XLSX_TYPE).send(await ticketLogXlsx(detail, fileLanguage));
    },
  );
}
