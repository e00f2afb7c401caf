/** One priority as request forms offer it. */
export interface PriorityOption {
  readonly code: string;
  readonly nameFa: string;
  readonly nameEn: string;
  /** `#RRGGBB` */
  readonly color: string;
  /** 1 is the most urgent. */
  readonly rank: number;
  /** What a ticket gets when neither its category nor anyone decides. */
  readonly isDefault: boolean;
}

/**
 * GET /api/priorities (staff who register and handle requests): the active priorities, most urgent
 * first, and the categories that default to one of them (a category left out has no default of its own).
 */
export interface PrioritiesResponse {
  readonly priorities: readonly PriorityOption[];
  readonly categoryDefaults: readonly { readonly categoryId: number; readonly priorityCode: string }[];
}
