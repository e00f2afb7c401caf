/** PUT/POST /api/admin/positions: a post; its parent is where its tickets escalate. */
export interface PositionInput {
  readonly parentId: number | null;
  readonly unitId: number;
  readonly code: string | null;
  readonly titleFa: string;
  readonly titleEn: string;
  readonly active: boolean;
}

export interface Position extends PositionInput {
  readonly id: number;
  /** The escalation path, parent first, up to the top of the chart. */
  readonly escalationPath: readonly number[];
  /** People holding the post now. */
  readonly holderPersonIds: readonly number[];
}
