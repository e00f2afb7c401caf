import type { Page } from '../page.js';

/** One administrative change (GET /api/admin/audit): who, when, what before and after. */
export interface AdminAuditEntry {
  readonly id: number;
  readonly at: string;
  readonly userId: number | null;
  readonly entity: string;
  readonly entityId: string | null;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
}

export type AdminAuditPage = Page<AdminAuditEntry>;
