/** PUT/POST /api/admin/priorities: defined by the admin; rank 1 is the most urgent. */
export interface PriorityInput {
  readonly code: string;
  readonly nameFa: string;
  readonly nameEn: string;
  /** `#RRGGBB`; cartable rows take it. */
  readonly color: string;
  readonly rankOrder: number;
  /** The one priority new tickets get when nothing else decides. */
  readonly isDefault: boolean;
  readonly active: boolean;
}

export interface Priority extends PriorityInput {
  readonly id: number;
}
