/** One step of a ticket as its requester may see it. */
export interface TrackedStep {
  readonly kind: string;
  readonly at: string;
  /** A note, question or resolution meant for the requester; null for the other steps. */
  readonly text: string | null;
}

/**
 * GET /api/track?code=…&phone=… (public): a ticket found by its tracking code and the requester's
 * phone number together. An unknown code and a wrong phone number get the same 404.
 */
export interface TrackedTicket {
  readonly trackingCode: string;
  readonly status: string;
  readonly subject: string;
  readonly categoryNameFa: string | null;
  readonly categoryNameEn: string | null;
  readonly registeredAt: string;
  readonly updatedAt: string;
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
  readonly steps: readonly TrackedStep[];
}
