/**
 * Which tickets a report counts: those of a time range (each report says which of a ticket's
 * instants falls in it), in the reader's scope, optionally of some requester units and categories.
 */
export interface ReportFilter {
  /** `[from, to)`. */
  readonly from: Date;
  readonly to: Date;
  /**
   * Tickets that ever reached one of these positions (a supervisor's subtree); null for the whole
   * organization (administrators and auditors).
   */
  readonly positionIds: readonly number[] | null;
  /** Requesters' units, already expanded to their subtrees; undefined for any. */
  readonly unitIds?: readonly number[];
  /** Categories, already expanded to their subtrees; undefined for any. */
  readonly categoryIds?: readonly number[];
}
