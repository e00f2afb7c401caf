import type { Page } from './page.js';

/**
 * GET /api/audit/tickets?trackingCode=&requester=&from=&to=&categoryId=&page=&pageSize=
 * `from` and `to` are ISO dates (`2026-11-23`), inclusive, on Tehran's calendar day; `categoryId`
 * covers its sub-categories too; `requester` matches the requester's name or phone number.
 */
export interface AuditTicketQuery {
  readonly trackingCode?: string;
  readonly requester?: string;
  readonly from?: string;
  readonly to?: string;
  readonly categoryId?: number;
  readonly page?: number;
  readonly pageSize?: number;
}

export interface AuditCategory {
  readonly id: number;
  readonly nameFa: string;
  readonly nameEn: string;
  /** From the top of the catalogue down to this category, in both languages. */
  readonly pathFa: string;
  readonly pathEn: string;
}

/** One ticket of an auditor's search. Instants are ISO strings. */
export interface AuditTicketRow {
  readonly id: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly status: string;
  readonly requesterName: string | null;
  readonly requesterPhone: string | null;
  readonly category: AuditCategory | null;
  readonly registeredAt: string;
  readonly updatedAt: string;
}

export type AuditTicketPage = Page<AuditTicketRow>;

/** GET /api/audit/categories: the catalogue, for the search's category filter. */
export interface AuditCategoriesResponse {
  readonly categories: readonly (AuditCategory & { readonly parentId: number | null })[];
}

/** Who did something, as the log recorded it and as people read it. */
export interface AuditActor {
  readonly kind: 'staff' | 'requester' | 'apiKey' | 'system';
  /** A person's or user's name; null for the system. */
  readonly name: string | null;
  readonly userId: number | null;
  readonly positionFa: string | null;
  readonly positionEn: string | null;
}

/** One entry of a ticket's append-only action log, oldest first. */
export interface AuditAction {
  /** The log entry's id: increasing, never reused. */
  readonly id: number;
  readonly kind: string;
  /** The kind as people read it, in the language the request asked for. */
  readonly kindLabel: string;
  readonly at: string;
  readonly actor: AuditActor;
  /** What was done, in the language the request asked for (positions, dates and reasons filled in). */
  readonly summary: string;
  readonly visibleToRequester: boolean;
}

/** GET /api/audit/tickets/:id */
export interface AuditTicketDetail {
  readonly ticket: AuditTicketRow & {
    readonly description: string;
    readonly priorityCode: string;
    readonly channel: string;
    /** The ticket-lifecycle instance; draw it with GET /api/processes/instances/:key/path. */
    readonly processInstanceKey: string | null;
    readonly feedbackProcessInstanceKey: string | null;
  };
  readonly actions: readonly AuditAction[];
}

/** GET /api/audit/tickets/:id/export?format=csv|xlsx answers with a file of the action log. */
export type AuditExportFormat = 'csv' | 'xlsx';
