import type { FeedbackResponse } from '../feedback/feedback-response.js';
import type { CloseReason } from './close-reason.js';
import type { TicketDetails } from './ticket-details.js';
import type { TicketStatus } from './ticket-status.js';

/** A ticket as its history leaves it; produced only by `applyAction`. */
export interface TicketState {
  readonly details: TicketDetails;
  readonly status: TicketStatus;
  readonly registeredAt: Date;
  readonly lastActionAt: Date;
  readonly assignedPositionIds: readonly string[];
  readonly contractorId: string | null;
  /** The positions whose parts of a parallel referral are still open (they hold the ticket meanwhile). */
  readonly pendingPartPositionIds: readonly string[];
  /** Where a parallel referral returns once every part is done. */
  readonly partsReturnToPositionIds: readonly string[];
  /** The first `started`: the first response. */
  readonly firstStartedAt: Date | null;
  readonly postponedUntil: Date | null;
  readonly resolvedAt: Date | null;
  readonly resolvedByPositionId: string | null;
  readonly escalationLevel: number;
  readonly escalatedToPositionIds: readonly string[];
  readonly reopenCount: number;
  /** Survey attempts since the latest resolution. */
  readonly feedbackAttempts: number;
  readonly lastFeedback: FeedbackResponse | null;
  readonly closeReason: CloseReason | null;
  readonly closedAt: Date | null;
}
