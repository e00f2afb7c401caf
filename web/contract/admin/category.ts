export type RequestTypeName = 'incident' | 'serviceRequest' | 'information' | 'documentation' | 'change';

/** PUT/POST /api/admin/categories: three levels at most (system › subsystem › subject). */
export interface CategoryInput {
  readonly parentId: number | null;
  readonly code: string | null;
  readonly nameFa: string;
  readonly nameEn: string;
  /** The type a ticket of this category gets by default. */
  readonly requestType: RequestTypeName;
  /** Types offered in the portal under this category; empty for all. */
  readonly requestTypes: readonly RequestTypeName[];
  readonly defaultPriorityCode: string | null;
  /** Standard handling time, in business minutes. */
  readonly handlingMinutes: number | null;
  readonly sortOrder: number;
  readonly active: boolean;
}

export interface Category extends CategoryInput {
  readonly id: number;
  /** 1 at the top. */
  readonly level: number;
}
