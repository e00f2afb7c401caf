/** One response/resolution target; null category or priority matches any. */
export interface SlaTargetInput {
  readonly categoryId: number | null;
  readonly priorityCode: string | null;
  /** Business minutes until the first response. */
  readonly responseMinutes: number;
  /** Business minutes until resolution. */
  readonly resolutionMinutes: number;
}

export interface SlaTarget extends SlaTargetInput {
  readonly id: number;
}

/** PUT /api/admin/sla-targets: the whole table at once, validated as a whole (a default for every priority). */
export interface SlaTargetsInput {
  readonly targets: readonly SlaTargetInput[];
}
