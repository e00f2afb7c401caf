/**
 * Why a ticket was closed. After a resolution: the requester was satisfied, did not answer the
 * survey (`noFeedback`), or was not surveyed. Without one: it was withdrawn or a duplicate.
 */
export const CLOSE_REASONS = ['satisfied', 'noFeedback', 'notSurveyed', 'cancelled', 'duplicate'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CLOSE_REASONS_AFTER_RESOLUTION: readonly CloseReason[] = ['satisfied', 'noFeedback', 'notSurveyed'];
export const CLOSE_REASONS_WITHOUT_RESOLUTION: readonly CloseReason[] = ['cancelled', 'duplicate'];
