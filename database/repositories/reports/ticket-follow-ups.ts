import type { ActionFact } from './action-fact.js';
import { groupInto } from './count-by.js';
import { resolutionFollowUps } from './resolution-follow-ups.js';

export interface TicketFollowUp {
  /** Reopened for rework after some resolution. */
  reopened: boolean;
  /** Scores given for its resolutions. */
  readonly scores: number[];
}

/** Per ticket of `ticketIds`: whether a resolution was reopened, and the scores given; from `resolved`, `reopened` and `feedback` entries. */
export function ticketFollowUps(actions: readonly ActionFact[], ticketIds: ReadonlySet<number>): Map<number, TicketFollowUp> {
  return groupInto(
    resolutionFollowUps(actions.filter((action) => ticketIds.has(action.ticketId))),
    (followUp) => followUp.resolution.ticketId,
    (): TicketFollowUp => ({ reopened: false, scores: [] }),
    (entry, followUp) => {
      entry.reopened ||= followUp.reopened;
      if (followUp.score !== null) entry.scores.push(followUp.score);
    },
  );
}
