import type { Principal } from '../../../core/access/principal.js';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { searchTerms } from '../../../core/text/search-terms.js';
import type { Database } from '../../../database/database.js';
import type { StatusGroup } from '../../../database/repositories/ticket-queries/status-groups.js';
import { searchTickets as querySearch } from '../../../database/repositories/ticket-queries/search-tickets.js';
import type { TicketSummaryRow } from '../../../database/repositories/ticket-queries/ticket-summary-row.js';
import type { TicketSearchHit, TicketSearchPage } from '../../contract/ticket-search.js';

/** Terms beyond this are ignored: each is one more LIKE over the table. */
const MAX_TERMS = 8;

export function toSearchHit(row: TicketSummaryRow): TicketSearchHit {
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    categoryId: row.categoryId,
    locationId: row.locationId,
    requesterName: row.requesterName,
    registeredAt: row.registeredAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Full-text search over the tickets the principal may see. The query is normalized as the index
 * is (core's normalizeForSearch: ی/ک, Persian and Arabic digits, ZWNJ, diacritics), so that «مي‌شود»,
 * «میشود» and «می شود» meet, and split into words that must all occur.
 */
export async function searchVisibleTickets(db: Database, principal: Principal, request: { q: string; status: StatusGroup; page: number; pageSize: number }): Promise<TicketSearchPage> {
  const terms = searchTerms(request.q).slice(0, MAX_TERMS);
  if (terms.length === 0) throw new ValidationError([{ field: 'q', messageKey: 'input.required' }]);
  const found = await querySearch(db, principal, { terms, status: request.status, limit: request.pageSize, offset: (request.page - 1) * request.pageSize });
  return { items: found.rows.map(toSearchHit), total: found.total, totalCapped: found.totalCapped, page: request.page, pageSize: request.pageSize };
}
